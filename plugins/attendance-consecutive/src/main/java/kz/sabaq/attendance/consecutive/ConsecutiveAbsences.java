package kz.sabaq.attendance.consecutive;

import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attendance.AdmissionState;
import kz.sabaq.api.attendance.AttendanceMark;
import kz.sabaq.api.attendance.AttendanceMark.Presence;
import kz.sabaq.api.attendance.AttendancePolicy;
import kz.sabaq.api.attendance.StudentMarks;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The plugin guide's example attendance policy, a rule unlike the default share: a student who
 * missed {@value #RUN} sessions in a row without a permit is not admitted, whatever their share;
 * latenesses do not count. Chosen with attendance-qr's setting {@code admissionPolicy:
 * consecutive-absences}; shipped but not enabled.
 */
@Extension
public class ConsecutiveAbsences implements AttendancePolicy {
    public static final String ID = "consecutive-absences";
    /** Unexcused absences in a row that close admission. */
    public static final int RUN = 3;
    private static final String BUNDLE = "attendance-consecutive";
    private static final LocalizedName NAME = BundleName.of(ConsecutiveAbsences.class, BUNDLE, BUNDLE + ".name");
    private static final LocalizedName REASON = BundleName.of(ConsecutiveAbsences.class, BUNDLE, BUNDLE + ".reason");
    private static final LocalizedName LONGEST = BundleName.of(ConsecutiveAbsences.class, BUNDLE, BUNDLE + ".longest");

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
        int run = 0;
        int longest = 0;
        for (AttendanceMark m : marks.held()) {
            run = m.presence() == Presence.ABSENT && !m.excused() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest >= RUN ? AdmissionState.notAdmitted(REASON.format(longest, RUN))
                : AdmissionState.admitted(LONGEST.format(longest, RUN));
    }
}
