package kz.sabaq.attestation.testing;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** A stream's exam settings (oa_stream); made again, they change what this builder was told and the flag. */
public final class OnlineBuilder {
    private final AttestationGenerator gen;
    private final long stream;
    private boolean online = true;
    private boolean byTicket = true;
    private boolean byTest;
    private int ticketCount;
    private LocalDateTime ticketCountSavedAt;
    private final Set<String> told = new LinkedHashSet<>();

    OnlineBuilder(AttestationGenerator gen, long stream) {
        this.gen = gen;
        this.stream = stream;
    }

    /** The stream is not held online. */
    public OnlineBuilder offline() {
        return online(false);
    }

    public OnlineBuilder online(boolean value) {
        online = value;
        return this;
    }

    /** Students answer a task the teacher writes rather than a ticket. */
    public OnlineBuilder withoutTickets() {
        return byTicket(false);
    }

    public OnlineBuilder byTicket(boolean value) {
        byTicket = value;
        byTest = byTest && !value;
        told.add("by_ticket");
        told.add("by_test");
        return this;
    }

    /** Conducted as a computer-based test (the exam-test plugin's), neither by ticket nor by task. */
    public OnlineBuilder asTest() {
        byTicket = false;
        byTest = true;
        told.add("by_ticket");
        told.add("by_test");
        return this;
    }

    /** How many tickets the teacher said there are. */
    public OnlineBuilder tickets(int count) {
        ticketCount = count;
        told.add("ticket_count");
        return this;
    }

    /** The count was saved (the teacher confirmed it) at this UTC time. */
    public OnlineBuilder ticketsSavedAt(LocalDateTime utc) {
        ticketCountSavedAt = utc;
        told.add("ticket_count_saved_at");
        return this;
    }

    public void create() {
        StringBuilder changed = new StringBuilder("online = VALUES(online)");
        told.forEach(column -> changed.append(", ").append(column).append(" = VALUES(").append(column).append(')'));
        gen.sql("INSERT INTO oa_stream (stream_id, online, by_ticket, by_test, ticket_count, ticket_count_saved_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE " + changed,
                stream, online, byTicket, byTest, ticketCount, ticketCountSavedAt, gen.now());
    }
}
