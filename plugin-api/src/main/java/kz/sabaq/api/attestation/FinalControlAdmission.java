package kz.sabaq.api.attestation;

/**
 * Admission to a stream's final control as online attestation decides it, published by that plugin
 * so that another way of holding the control (a computer-based test) admits the same students.
 * Looked up on each use: plugins are wired in no fixed order and online attestation may be off.
 *
 * <pre>{@code
 * w.service(FinalControlAdmission.class)
 *         .filter(a -> a.heldOnline(streamId) && !a.admitted(streamId, studentId))
 *         .ifPresent(a -> { throw UserError.conflict("…notAdmitted"); });
 * }</pre>
 */
public interface FinalControlAdmission {

    /** Whether online attestation holds the stream's final control (its "online" switch is on). */
    boolean heldOnline(long streamId);

    /**
     * Whether the student is admitted to the stream's final control: every admission rule that
     * applies (attendance, the admission rating) admits, or an "admitted by decision" overrides them.
     */
    boolean admitted(long streamId, long studentId);
}
