package kz.sabaq.attendance.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AdmissionState;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.attendance.AttendanceMarks;
import kz.sabaq.api.attendance.AttendancePolicy;
import kz.sabaq.api.attendance.StudentMarks;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.attendance.AttendanceSettings;

/**
 * Admission by attendance as the institution's chosen {@link AttendancePolicy} judges the marks:
 * the default {@link ShareOfAbsences} or one an installed plugin adds. A setting naming no started
 * policy admits nobody and says so (deny by default), rather than silently using another rule.
 */
public final class AdmissionRules implements AttendanceAdmission {
    private static final LocalizedName MISSING = BundleName.of(AdmissionRules.class, "attendance-qr",
            "attendance-qr.policy.missing");

    private final AttendanceMarks marks;
    private final ShareOfAbsences byDefault;
    private final List<AttendancePolicy> installed;
    private final AttendanceSettings settings;

    /** @param installed the policies of every started plugin, read once at boot */
    public AdmissionRules(AttendanceMarks marks, AttendanceSettings settings, List<AttendancePolicy> installed) {
        this.marks = marks;
        this.settings = settings;
        this.byDefault = new ShareOfAbsences(settings);
        this.installed = List.copyOf(installed);
    }

    /** The policies the setting may name, by id: the built-in rule first, then the plugins'. */
    public Map<String, LocalizedName> choices() {
        Map<String, LocalizedName> choices = new LinkedHashMap<>();
        choices.put(byDefault.id(), byDefault.name());
        installed.forEach(p -> choices.putIfAbsent(p.id(), p.name()));
        return choices;
    }

    @Override
    public Admission of(long streamId, long studentId) {
        return verdict(streamId, studentId).counts();
    }

    /** The counts of {@link #of} and the reasons of {@link #state}, from one read of the student's marks. */
    public record Verdict(Admission counts, AdmissionState state) {
    }

    /** {@link #of} and {@link #state} together, for a page that shows both (the marks are read once). */
    public Verdict verdict(long streamId, long studentId) {
        StudentMarks m = marks.of(streamId, studentId);
        Admission counts = byDefault.count(m);
        AdmissionState state = judge(m);
        return new Verdict(new Admission(streamId, studentId, counts.sessions(), counts.absences(), counts.excused(),
                counts.latenesses(), counts.fromLatenesses(), counts.unexcusedPercent(), state.admitted()), state);
    }

    @Override
    public AdmissionState state(long streamId, long studentId) {
        return judge(marks.of(streamId, studentId));
    }

    /** The built-in rule's verdict from its counts alone, without writing out its reasons. */
    @Override
    public boolean admits(long streamId, long studentId) {
        StudentMarks m = marks.of(streamId, studentId);
        return ShareOfAbsences.ID.equals(settings.admissionPolicy()) ? byDefault.count(m).admitted() : judge(m).admitted();
    }

    /**
     * Unexcused absences the student may still have before admission closes, for warning them in
     * time; empty under another policy, which says only whether it admits, and for a stream without
     * scheduled sessions.
     *
     * @param counts what {@link #of} answered for the student and stream
     */
    public OptionalInt absencesLeft(Admission counts) {
        if (!ShareOfAbsences.ID.equals(settings.admissionPolicy()) || counts.sessions() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(byDefault.absencesLeft(counts));
    }

    private AdmissionState judge(StudentMarks m) {
        String id = settings.admissionPolicy();
        if (ShareOfAbsences.ID.equals(id)) {
            return byDefault.judge(m);
        }
        return installed.stream().filter(p -> p.id().equals(id)).findFirst().map(p -> p.judge(m))
                .orElseGet(() -> AdmissionState.notAdmitted(MISSING.format(id)));
    }
}
