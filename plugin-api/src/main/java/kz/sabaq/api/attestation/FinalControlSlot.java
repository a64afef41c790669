package kz.sabaq.api.attestation;

import java.time.Instant;

/**
 * The time a student sits a stream's final control: the slot online attestation distributed them to.
 * Staff may move its end after it started (more time after a connection failure), so read it when
 * it is needed, not once.
 */
public record FinalControlSlot(Instant startsAt, Instant endsAt) {

    /** From its start (inclusive) to its end (exclusive). */
    public boolean contains(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
