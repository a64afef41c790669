package kz.sabaq.attestation.tickets;

import java.util.List;

/** The models of the ticket pages ({@link TicketsResource}): each record's components are its template's keys. */
public final class TicketPages {
    private TicketPages() {
    }

    /**
     * {@code tickets}: the stream's tickets and what this viewer may do with them. {@code savedAt} is null
     * until a ticket was saved, {@code copied} until tickets were just copied to other streams.
     */
    public record Bank(long streamId, String discipline, int count, int entered, String savedAt, boolean canEdit,
                       boolean canChange, boolean editingCount, boolean canAdd, boolean given, List<Row> tickets,
                       Integer copied, boolean canCopy) {
    }

    /** One ticket of the list: its questions as sanitized HTML, its file if any, whether it was entered. */
    public record Row(int number, String questions, String fileHref, String fileName, boolean entered) {
    }

    /**
     * {@code ticket-form}: adding a ticket under one of the free {@code numbers}, or editing ticket
     * {@code number} (null while adding).
     */
    public record Form(long streamId, String discipline, boolean adding, List<Numbered> numbers, Integer number,
                       String questions, String fileName, String fileHref, long maxMb) {
    }

    /** A ticket number offered by a form. */
    public record Numbered(int number) {
    }

    /** {@code ticket-copy}: copying the ticket {@code numbers} to streams of the chosen {@code period}. */
    public record Copy(long streamId, String discipline, List<Numbered> numbers, List<Period> periods, long period,
                       List<Target> targets, String token) {
    }

    /** An academic period the copy dialog offers. */
    public record Period(long id, String name, boolean selected) {
    }

    /** A stream the tickets may be copied to: its students, groups and tickets entered already. */
    public record Target(long id, String code, int students, String groups, int entered) {
    }
}
