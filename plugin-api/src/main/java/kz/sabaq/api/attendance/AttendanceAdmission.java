package kz.sabaq.api.attendance;

/**
 * Admission to a discipline's controls by attendance, published by the attendance plugin so that
 * attestation plugins read it. It is computed from the marks as they stand, so every manual mark,
 * review or permit counts at once.
 *
 * <pre>{@code
 * w.service(AttendanceAdmission.class).ifPresent(admission -> {
 *     if (!admission.of(streamId, studentId).admitted()) { ... "Емтиханға жіберілмейді" ... }
 * });
 * }</pre>
 */
public interface AttendanceAdmission {

    Admission of(long streamId, long studentId);
}
