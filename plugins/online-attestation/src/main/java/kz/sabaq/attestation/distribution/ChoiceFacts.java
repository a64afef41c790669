package kz.sabaq.attestation.distribution;

import java.time.Instant;

/**
 * Everything a press on a tile needs, read in one query with the other presses of the instant
 * ({@link PressReads}): the stream's tickets, the student's sitting and its slot's times, and
 * whether an audited decision admitted the student.
 */
record ChoiceFacts(boolean byTicket, int ticketCount, long slotId, Instant placedAt, Integer ticketNumber,
                   Instant startsAt, Instant endsAt, boolean admittedByDecision) {

    boolean hasTicket() {
        return ticketNumber != null;
    }

    boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    boolean ended(Instant now) {
        return !now.isBefore(endsAt);
    }
}
