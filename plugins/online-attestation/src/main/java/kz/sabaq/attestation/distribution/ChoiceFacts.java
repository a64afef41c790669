package kz.sabaq.attestation.distribution;

import java.time.Instant;

/**
 * Everything a press on a tile needs, read in one query: the stream's tickets, the student's
 * sitting and its slot's times, and whether an audited decision admitted the student. A choice
 * storm queues on the connection pool, so each read a press saves is a wait every press saves.
 * Public for the mapper's proxy, which builds it.
 */
public record ChoiceFacts(boolean byTicket, int ticketCount, long slotId, Instant placedAt, Integer ticketNumber,
                   Instant startsAt, Instant endsAt, boolean admittedByDecision) {

    public boolean hasTicket() {
        return ticketNumber != null;
    }

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean ended(Instant now) {
        return !now.isBefore(endsAt);
    }
}
