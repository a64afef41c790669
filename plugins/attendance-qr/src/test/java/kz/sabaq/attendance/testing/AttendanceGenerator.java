package kz.sabaq.attendance.testing;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import kz.sabaq.core.testing.Generator;

/**
 * Test data in QR attendance's own tables, on top of core's {@link Generator} (which makes the
 * people, streams and sessions these rows refer to). Times are UTC, as the tables keep them.
 */
public final class AttendanceGenerator {
    private final Generator gen;

    public AttendanceGenerator(Generator gen) {
        this.gen = gen;
    }

    /** Core's generator this one writes through. */
    public Generator core() {
        return gen;
    }

    /**
     * A mark as an earlier check-in left it: phase IN or OUT, status (ON_TIME, LATE…), source
     * (SCAN, TYPED, MANUAL, AUTO), when it was marked and when its session ends.
     */
    public void mark(long sessionId, long studentId, String phase, String status, String source,
                     LocalDateTime markedAtUtc, LocalDateTime sessionEndsAtUtc) {
        gen.sql("INSERT INTO att_mark (session_id, student_id, phase, status, source, marked_at, session_ends_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", sessionId, studentId, phase, status, source, markedAtUtc, sessionEndsAtUtc);
    }

    /** The secret the session's screen signs its QR codes with, made now. */
    public void screenSecret(long sessionId, byte[] secret) {
        gen.sql("INSERT INTO att_session_secret (session_id, secret, created_at) VALUES (?, ?, ?)",
                sessionId, secret, LocalDateTime.now(gen.clock().withZone(ZoneOffset.UTC)));
    }
}
