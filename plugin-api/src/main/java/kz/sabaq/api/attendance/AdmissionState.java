package kz.sabaq.api.attendance;

import java.util.List;
import kz.sabaq.api.academic.LocalizedName;

/**
 * An attendance policy's answer: whether the student is admitted to the discipline's controls, and
 * why, in the three interface languages (e.g. "unexcused absences 33 % reach 30 %"). The reasons
 * are shown to staff beside "Емтиханға жіберілмейді" and to the student in their attendance.
 */
public record AdmissionState(boolean admitted, List<LocalizedName> reasons) {

    public AdmissionState {
        reasons = List.copyOf(reasons);
    }

    public static AdmissionState admitted(LocalizedName... reasons) {
        return new AdmissionState(true, List.of(reasons));
    }

    public static AdmissionState notAdmitted(LocalizedName... reasons) {
        return new AdmissionState(false, List.of(reasons));
    }
}
