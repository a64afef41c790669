package kz.sabaq.attestation.testing;

import java.time.LocalDateTime;

/** A student's sitting in a slot (oa_sitting): not yet notified and no ticket, unless told. */
public final class SittingBuilder {
    private final AttestationGenerator gen;
    private final long stream;
    private final long student;
    private final long slot;
    private LocalDateTime placedAt;
    private Integer ticketNumber;
    private Long ticketPool;
    private String ticketSource;
    private LocalDateTime ticketAt;
    private LocalDateTime questionsSentAt;
    private LocalDateTime questionsViewedAt;

    SittingBuilder(AttestationGenerator gen, long stream, long student, long slot) {
        this.gen = gen;
        this.stream = stream;
        this.student = student;
        this.slot = slot;
    }

    /** The student was told their slot (the distribution was published) now. */
    public SittingBuilder placed() {
        placedAt = gen.now();
        return this;
    }

    public SittingBuilder placedAt(LocalDateTime utc) {
        placedAt = utc;
        return this;
    }

    /** A ticket generated for the student now, from pool {@code pool}. */
    public SittingBuilder ticket(int number, long pool) {
        return ticket(number, pool, "GENERATED", gen.now());
    }

    /** A ticket the student drew: source CHOSEN or GENERATED. */
    public SittingBuilder ticket(int number, long pool, String source, LocalDateTime atUtc) {
        ticketNumber = number;
        ticketPool = pool;
        ticketSource = source;
        ticketAt = atUtc;
        return this;
    }

    /** The staff sent the ticket's questions at this UTC time. */
    public SittingBuilder questionsSent(LocalDateTime utc) {
        questionsSentAt = utc;
        return this;
    }

    /** The student opened the sent questions at this UTC time. */
    public SittingBuilder questionsViewed(LocalDateTime utc) {
        questionsViewedAt = utc;
        return this;
    }

    public void create() {
        gen.sql("INSERT INTO oa_sitting (stream_id, student_id, slot_id, placed_at, ticket_number, ticket_pool, ticket_source, "
                        + "ticket_at, questions_sent_at, questions_viewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stream, student, slot, placedAt, ticketNumber, ticketPool, ticketSource, ticketAt, questionsSentAt, questionsViewedAt);
    }
}
