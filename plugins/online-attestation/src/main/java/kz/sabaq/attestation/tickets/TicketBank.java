package kz.sabaq.attestation.tickets;

import java.time.Instant;
import java.util.List;

/** A stream's tickets (spec §7) as the other parts of the module see them. */
public interface TicketBank {

    /**
     * "{count}, entered {entered} (last saved {lastSaved})": entered counts tickets with a file or
     * at least one character of text.
     */
    record Summary(int count, int entered, Instant lastSaved) {
        /** The number of tickets is saved and questions are entered for every ticket. */
        public boolean complete() {
            return count > 0 && entered >= count;
        }
    }

    Summary summary(long streamId);

    /** Numbers 1..count of the stream's tickets, ascending. */
    List<Integer> numbers(long streamId);
}
