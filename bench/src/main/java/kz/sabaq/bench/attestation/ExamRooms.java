package kz.sabaq.bench.attestation;

import static kz.sabaq.bench.login.BenchRows.insert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.plugin.PluginStateMapper;

/**
 * The exams of a ticket-choice run, written with plain SQL: one group of all the bench's students,
 * and {@code rounds} streams whose online final control is by ticket with one ticket per student,
 * each with one slot running now in which every student is placed to choose. Online attestation is
 * switched to "students' own choice" with tickets drawn from the whole stream.
 */
final class ExamRooms {
    /** The slot runs from an hour ago for a day: open whatever the clock of a running server says. */
    private static final Duration BEFORE = Duration.ofHours(1);
    private static final Duration LENGTH = Duration.ofDays(1);

    private ExamRooms() {
    }

    /** @return the stream ids, one per round */
    static List<Long> create(Database database, List<Long> students, int rounds, Clock clock) throws SQLException {
        PluginStateMapper settings = database.mapper(PluginStateMapper.class);
        settings.putSetting("online-attestation", "distribution", "self-select");
        settings.putSetting("online-attestation", "wholeStream", "true");
        String run = "BENCH-OA-" + clock.millis();
        Instant now = clock.instant();
        LocalDateTime today = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        long teacher = BenchRows.teacher(database, today, "Examiner", 2);
        List<Long> streams = new ArrayList<>();
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long year = insert(c, "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)",
                    run, today.toLocalDate().minusMonths(6), today.toLocalDate().plusMonths(6));
            long period = insert(c, "INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                    + "starts_on, ends_on) VALUES (?, ?, 1, 'Bench', 'Bench', 'Bench', ?, ?)",
                    run, year, today.toLocalDate().minusMonths(6), today.toLocalDate().plusMonths(6));
            long discipline = insert(c, "INSERT INTO discipline (code, name_kk, name_ru, name_en) VALUES (?, 'Bench', 'Bench', 'Bench')", run);
            long group = insert(c, "INSERT INTO study_group (code) VALUES (?)", run + "-G");
            for (long student : students) {
                insert(c, "INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE group_id = VALUES(group_id)", student, "B-" + student, group);
            }
            Timestamp at = Timestamp.from(now);
            for (int r = 0; r < rounds; r++) {
                long stream = insert(c, "INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) "
                        + "VALUES (?, ?, ?, ?)", run + "-S" + r, discipline, teacher, period);
                insert(c, "INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
                insert(c, "INSERT INTO oa_stream (stream_id, online, by_ticket, ticket_count, ticket_count_saved_at, "
                        + "updated_at) VALUES (?, TRUE, TRUE, ?, ?, ?)", stream, students.size(), at, at);
                long slot = insert(c, "INSERT INTO oa_slot (stream_id, starts_at, ends_at, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?)", stream, Timestamp.from(now.minus(BEFORE)),
                        Timestamp.from(now.minus(BEFORE).plus(LENGTH)), at, teacher);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO oa_sitting (stream_id, student_id, slot_id, "
                        + "placed_at) VALUES (?, ?, ?, ?)")) {
                    for (long student : students) {
                        s.setLong(1, stream);
                        s.setLong(2, student);
                        s.setLong(3, slot);
                        s.setTimestamp(4, at);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                streams.add(stream);
            }
            c.commit();
        }
        return streams;
    }

    /** How many students hold each ticket of the run's streams more than once: 0 when no ticket went twice. */
    static long ticketsGivenTwice(Database database, List<Long> streams) throws SQLException {
        long twice = 0;
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT ticket_pool, ticket_number FROM oa_sitting WHERE stream_id = ? "
                        + "AND ticket_number IS NOT NULL GROUP BY ticket_pool, ticket_number HAVING COUNT(*) > 1) d")) {
            for (long stream : streams) {
                s.setLong(1, stream);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    twice += r.getLong(1);
                }
            }
        }
        return twice;
    }

}
