package kz.sabaq.api.attendance;

/**
 * Admission to a discipline's controls by attendance, published by the attendance plugin so that
 * attestation plugins read it. It is computed from the marks as they stand, so every manual mark,
 * review or permit counts at once.
 *
 * <pre>{@code
 * w.service(AttendanceAdmission.class).ifPresent(admission -> {
 *     if (!admission.state(streamId, studentId).admitted()) { ... "Емтиханға жіберілмейді" ... }
 * });
 * }</pre>
 */
public interface AttendanceAdmission {

    /** The counts of the default rule (absences, permits, latenesses) for reports. */
    Admission of(long streamId, long studentId);

    /** The chosen {@link AttendancePolicy}'s verdict: what decides admission. */
    AdmissionState state(long streamId, long studentId);

    /**
     * Only whether {@link #state} admits, for a check that shows no reasons (a ticket tile pressed,
     * an exam page opened): the attendance plugin then does not write the reasons out in three
     * languages.
     */
    default boolean admits(long streamId, long studentId) {
        return state(streamId, studentId).admitted();
    }
}
