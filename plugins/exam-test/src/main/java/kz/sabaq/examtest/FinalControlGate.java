package kz.sabaq.examtest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import kz.sabaq.api.attestation.FinalControlAdmission;
import kz.sabaq.api.attestation.FinalControlSlot;
import kz.sabaq.api.web.UserError;

/**
 * Whether a student may start a stream's final test now. While online attestation holds the stream's
 * final control it decides: conducted as a test, the student must be admitted and inside their slot,
 * and the attempt ends with the slot at the latest; conducted by ticket or task, the final test is
 * not taken at all (the grade comes from there, never twice). Otherwise every student of the stream
 * may start it. Read through plugin-api ({@link FinalControlAdmission}); online attestation is an
 * optional dependency, so it is wired first and found once.
 */
public final class FinalControlGate {
    /** The refusal of a final test while the final control is held by ticket or task. */
    public static final String NOT_TEST_FORM = "exam-test.attempt.error.notTestForm";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Optional<FinalControlAdmission> admission;
    private final Clock clock;
    private final ZoneId zone;

    public FinalControlGate(Optional<FinalControlAdmission> admission, Clock clock, ZoneId zone) {
        this.admission = admission;
        this.clock = clock;
        this.zone = zone;
    }

    /** Why the student may not start the stream's final test now; empty when they may. */
    public Optional<UserError> refusal(long streamId, long studentId) {
        if (admission.isEmpty() || !admission.get().heldOnline(streamId)) {
            return Optional.empty();
        }
        FinalControlAdmission a = admission.get();
        if (!a.heldAsTest(streamId)) {
            return Optional.of(UserError.conflict(NOT_TEST_FORM));
        }
        if (!a.admitted(streamId, studentId)) {
            return Optional.of(UserError.conflict("exam-test.attempt.error.notAdmitted"));
        }
        Optional<FinalControlSlot> slot = a.slot(streamId, studentId);
        if (slot.isEmpty()) {
            return Optional.of(UserError.conflict("exam-test.attempt.error.noSlot"));
        }
        if (!slot.get().contains(clock.instant())) {
            return Optional.of(UserError.conflict("exam-test.attempt.error.outsideSlot",
                    WHEN.format(slot.get().startsAt().atZone(zone)), WHEN.format(slot.get().endsAt().atZone(zone))));
        }
        return Optional.empty();
    }

    public void require(long streamId, long studentId) {
        refusal(streamId, studentId).ifPresent(e -> {
            throw e;
        });
    }

    /** While online attestation conducts the stream's final control as a test: the student is on its page. */
    public void present(long streamId, long studentId) {
        admission.filter(a -> a.heldAsTest(streamId)).ifPresent(a -> a.present(streamId, studentId));
    }

    /** Whether the refusal is online attestation's admission ("not admitted" on the student's list). */
    public static boolean notAdmitted(UserError refusal) {
        return "exam-test.attempt.error.notAdmitted".equals(refusal.messageKey());
    }

    /**
     * The deadline of an attempt that may run until {@code byTimeLimit}: no later than the end of the
     * student's slot while online attestation conducts the final control as a test. Times as the
     * attempt rows keep them (local date-times of the module's clock).
     */
    public LocalDateTime deadline(long streamId, long studentId, LocalDateTime byTimeLimit) {
        return admission.filter(a -> a.heldAsTest(streamId)).flatMap(a -> a.slot(streamId, studentId))
                .map(s -> LocalDateTime.ofInstant(s.endsAt(), clock.getZone()))
                .filter(slotEnd -> slotEnd.isBefore(byTimeLimit)).orElse(byTimeLimit);
    }
}
