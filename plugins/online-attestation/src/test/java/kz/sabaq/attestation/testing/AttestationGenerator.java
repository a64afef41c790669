package kz.sabaq.attestation.testing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.sabaq.core.testing.Generator;

/**
 * Test data in online attestation's own tables (a stream's exam settings, slots, sittings, tickets,
 * recordings), on top of core's {@link Generator}, which makes the people and streams these rows
 * refer to. Times are UTC, as the tables keep them; "now" is the generator's clock.
 */
public final class AttestationGenerator {
    private final Generator gen;

    public AttestationGenerator(Generator gen) {
        this.gen = gen;
    }

    /** Core's generator this one writes through. */
    public Generator core() {
        return gen;
    }

    /** The stream's exam settings: online, by ticket, no tickets counted, unless told. */
    public OnlineBuilder exam(long streamId) {
        return new OnlineBuilder(this, streamId);
    }

    /** A time slot of the stream's exam, made by {@code teacherId}. */
    public SlotBuilder slot(long streamId, long teacherId) {
        return new SlotBuilder(this, streamId, teacherId);
    }

    /** A student placed in a slot: the sitting, with no ticket drawn unless told. */
    public SittingBuilder sitting(long streamId, long studentId, long slotId) {
        return new SittingBuilder(this, streamId, studentId, slotId);
    }

    /** Ticket {@code number} of the stream with its questions, saved now by the teacher (replaces one of that number). */
    public void ticket(long streamId, int number, String body, long teacherId) {
        ticket(streamId, number, body, teacherId, now());
    }

    public void ticket(long streamId, int number, String body, long teacherId, LocalDateTime savedAtUtc) {
        gen.sql("INSERT INTO oa_ticket (stream_id, number, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE body = VALUES(body), saved_at = VALUES(saved_at)",
                streamId, number, body, savedAtUtc, teacherId);
    }

    /**
     * The student's sitting, made earlier, holds ticket {@code number} of pool {@code pool} from now
     * on, as a draw ({@code GENERATED}) or the student's choice ({@code CHOSEN}) leaves it.
     */
    public void ticketOf(long streamId, long studentId, int number, long pool, String source) {
        gen.sql("UPDATE oa_sitting SET ticket_number = ?, ticket_pool = ?, ticket_source = ?, ticket_at = ? "
                + "WHERE stream_id = ? AND student_id = ?", number, pool, source, now(), streamId, studentId);
    }

    /** The staff sent their questions to every sitting of the slot now. */
    public void questionsSent(long slotId) {
        gen.sql("UPDATE oa_sitting SET questions_sent_at = ? WHERE slot_id = ?", now(), slotId);
    }

    /** The staff sent the student's sitting its questions now, and the student opened them. */
    public void questionsRead(long streamId, long studentId) {
        LocalDateTime now = now();
        gen.sql("UPDATE oa_sitting SET questions_sent_at = ?, questions_viewed_at = ? WHERE stream_id = ? AND student_id = ?",
                now, now, streamId, studentId);
    }

    /** A recording of the slot's exam, added now by the teacher; returns its id. */
    public long recording(long slotId, String url, long teacherId) {
        return gen.sql("INSERT INTO oa_recording (slot_id, url, added_at, added_by) VALUES (?, ?, ?, ?)",
                slotId, url, now(), teacherId);
    }

    long sql(String sql, Object... values) {
        return gen.sql(sql, values);
    }

    LocalDateTime now() {
        return LocalDateTime.now(gen.clock().withZone(ZoneOffset.UTC));
    }
}
