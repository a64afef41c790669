package kz.sabaq.attendance.journal;

import java.util.List;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AdmissionState;
import kz.sabaq.api.attendance.AttendanceMark;
import kz.sabaq.api.attendance.AttendanceMark.Presence;
import kz.sabaq.api.attendance.AttendancePolicy;
import kz.sabaq.api.attendance.StudentMarks;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.attendance.AttendanceSettings;

/**
 * The default attendance policy, the journal rules of seeds 002 and 004: a lateness over the
 * absence threshold counts as an absence, a set number of latenesses counts as one more absence, a
 * permit excuses an absence, and unexcused absences reaching the set share of the stream's sessions
 * close admission. Lives in this plugin because its three numbers are this plugin's settings (and
 * every regulation profile already sets them here); it is built with them rather than found as an
 * extension, and any other policy an institution installs replaces it by the setting.
 */
public final class ShareOfAbsences implements AttendancePolicy {
    public static final String ID = "share-of-absences";
    private static final String BUNDLE = "attendance-qr";
    private static final LocalizedName NAME = BundleName.of(ShareOfAbsences.class, BUNDLE, "attendance-qr.policy.share");
    private static final LocalizedName SHARE = BundleName.of(ShareOfAbsences.class, BUNDLE,
            "attendance-qr.policy.share.reason");

    private final AttendanceSettings settings;

    public ShareOfAbsences(AttendanceSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public AdmissionState judge(StudentMarks marks) {
        Admission counts = count(marks);
        LocalizedName reason = SHARE.format(Math.round(counts.unexcusedPercent()), settings.absenceSharePercent(),
                counts.unexcused(), counts.sessions());
        return new AdmissionState(counts.admitted(), List.of(reason));
    }

    /**
     * Unexcused absences after which this rule no longer admits: with 20 sessions and a 30 % share,
     * 4 absences leave 2 (the sixth reaches 30 %). Zero once admission is closed.
     */
    public int absencesLeft(Admission counts) {
        long closing = (settings.absenceSharePercent() * counts.sessions() + 99) / 100;
        return (int) Math.max(0, closing - counts.unexcused());
    }

    /** The counts the journal and the reports show, with this rule's verdict. */
    public Admission count(StudentMarks marks) {
        long threshold = settings.absenceAfter().toMinutes();
        int absences = 0;
        int excused = 0;
        int latenesses = 0;
        for (AttendanceMark m : marks.held()) {
            boolean absent = m.presence() == Presence.ABSENT
                    || (m.presence() == Presence.LATE && m.minutesLate() > threshold);
            if (absent) {
                absences++;
                if (m.excused()) {
                    excused++;
                }
            } else if (m.presence() == Presence.LATE) {
                latenesses++;
            }
        }
        long perAbsence = settings.latenessesPerAbsence();
        int fromLatenesses = perAbsence == 0 ? 0 : (int) (latenesses / perAbsence);
        int unexcused = absences - excused + fromLatenesses;
        int sessions = marks.scheduledSessions();
        double percent = sessions == 0 ? 0 : 100.0 * unexcused / sessions;
        return new Admission(marks.streamId(), marks.studentId(), sessions, absences, excused, latenesses,
                fromLatenesses, percent, percent < settings.absenceSharePercent());
    }
}
