package kz.sabaq.api.attendance;

import kz.sabaq.api.academic.LocalizedName;
import org.pf4j.ExtensionPoint;

/**
 * The institution's rule that turns a student's attendance in a discipline into admission to its
 * controls. The attendance plugin ships the default, {@code share-of-absences} (N latenesses count
 * as one absence, lateness over M minutes is an absence, unexcused absences reaching P % of the
 * sessions close admission; N, M and P are its settings). Another rule ships as a PF4J plugin with
 * an {@code @Extension}; the institution chooses it by id in the attendance plugin's setting
 * {@code admissionPolicy}. Texts come from the plugin's own bundle
 * ({@link kz.sabaq.api.i18n.BundleName}).
 *
 * <pre>{@code
 * @Extension
 * public class ConsecutiveAbsences implements AttendancePolicy {
 *     private static final LocalizedName NAME = BundleName.of(ConsecutiveAbsences.class, "attendance-consecutive", "attendance-consecutive.name");
 *     private static final LocalizedName REASON = BundleName.of(ConsecutiveAbsences.class, "attendance-consecutive", "attendance-consecutive.reason");
 *     public String id() { return "consecutive-absences"; }
 *     public LocalizedName name() { return NAME; }
 *     public AdmissionState judge(StudentMarks marks) {
 *         int run = 0;
 *         for (AttendanceMark m : marks.held()) {
 *             run = m.presence() == AttendanceMark.Presence.ABSENT && !m.excused() ? run + 1 : 0;
 *             if (run == 3) {
 *                 return AdmissionState.notAdmitted(REASON.format(run));
 *             }
 *         }
 *         return AdmissionState.admitted();
 *     }
 * }
 * }</pre>
 */
public interface AttendancePolicy extends ExtensionPoint {

    /** Stable id stored in the setting, e.g. {@code share-of-absences}. */
    String id();

    /** The name shown with the setting, in the three interface languages. */
    LocalizedName name();

    /** Must be a pure function of the marks: it runs on every page that shows admission. */
    AdmissionState judge(StudentMarks marks);
}
