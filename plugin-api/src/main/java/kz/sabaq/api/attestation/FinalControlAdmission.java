package kz.sabaq.api.attestation;

import java.util.Optional;

/**
 * Admission to a stream's final control as online attestation decides it, published by that plugin
 * so that another way of holding the control (a computer-based test) admits the same students and
 * lets them sit it only in their slot. A plugin that reads it names online attestation an optional
 * dependency ({@code plugin.dependencies=online-attestation?}), so it is published before that
 * plugin wires and is found there once; empty when online attestation is not started.
 *
 * <pre>{@code
 * Optional<FinalControlAdmission> admission = w.service(FinalControlAdmission.class);
 * // later, when a student starts the stream's test:
 * admission.filter(a -> a.heldAsTest(streamId)).ifPresent(a -> {
 *     if (!a.admitted(streamId, studentId)) throw UserError.conflict("…notAdmitted");
 *     if (a.slot(streamId, studentId).filter(s -> s.contains(now)).isEmpty()) throw UserError.conflict("…outsideSlot");
 * });
 * }</pre>
 */
public interface FinalControlAdmission {

    /** Whether online attestation holds the stream's final control (its "online" switch is on). */
    boolean heldOnline(long streamId);

    /**
     * Whether online attestation holds the stream's final control and conducts it as a computer-based
     * test ("conducted as: test", next to by ticket and without ticket), which {@link FinalControlTest} runs.
     */
    boolean heldAsTest(long streamId);

    /**
     * Whether the student is admitted to the stream's final control: every admission rule that
     * applies (attendance, the admission rating) admits, or an "admitted by decision" overrides them.
     */
    boolean admitted(long streamId, long studentId);

    /** The slot the student was distributed to in the stream's final control; empty while they have none. */
    Optional<FinalControlSlot> slot(long streamId, long studentId);

    /**
     * The student is at their final control now, on another plugin's page (a running test): staff
     * see them online on the stream page, as while online attestation's own page is open. Call it
     * when that page opens and every few seconds while it stays open (a student is online for 30
     * seconds after the last call); nothing happens for a student without a slot.
     */
    void present(long streamId, long studentId);
}
