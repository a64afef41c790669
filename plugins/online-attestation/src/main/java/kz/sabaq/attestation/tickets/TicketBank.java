package kz.sabaq.attestation.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * The ticket's questions (sanitised HTML, shown with {@code {{{body}}}}) and file, for the exam
     * page once the questions were sent to the student; empty when no such ticket is entered.
     */
    Optional<Ticket> ticket(long streamId, int number);

    /**
     * The download route of a ticket's file (GET): served to staff who see the stream and to the
     * student who holds this ticket after the questions were sent to them; 403 to anyone else.
     */
    static String fileHref(long streamId, int number) {
        return "/online-attestation/streams/" + streamId + "/tickets/" + number + "/file";
    }
}
