package kz.sabaq.attendance.journal;

import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.attendance.AttendanceMarks;
import kz.sabaq.api.attendance.AttendancePolicy;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.AttendanceSettings;

/**
 * Wires what the journal and other plugins read of attendance: the marks per student and the
 * admission the chosen policy decides, both published through plugin-api.
 */
public final class JournalWiring {

    public AdmissionRules wire(ModuleWiring w, Attendance common) {
        MarksReader marks = new MarksReader(common.academic(), common.journal(), w.clock());
        w.provide(AttendanceMarks.class, marks);
        AdmissionRules admission = new AdmissionRules(marks, common.settings(), w.extensions(AttendancePolicy.class));
        w.provide(AttendanceAdmission.class, admission);
        w.settingChoices(AttendanceSettings.ADMISSION_POLICY, admission.choices());
        return admission;
    }
}
