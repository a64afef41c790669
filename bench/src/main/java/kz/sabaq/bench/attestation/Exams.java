package kz.sabaq.bench.attestation;

import static kz.sabaq.bench.login.BenchRows.insert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;

/**
 * The online final controls of an answer-file run, written with plain SQL: groups of students, and
 * for each group many streams, each with one slot open now and a ticket whose questions every
 * student of the group has been sent and has viewed, so each sitting waits for its answer.
 */
final class Exams {
    /** Slot times are UTC instants; ±14 hours around now is "open" for the whole run. */
    private static final Duration AROUND = Duration.ofHours(14);

    /** @return per group, its streams; group {@code g} holds students {@code g*groupSize …} */
    static List<List<Long>> create(Database database, List<Long> students, int groupSize, int streamsPerGroup,
                                   Clock clock) throws SQLException {
        String run = "OA-BENCH-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        long teacher = BenchRows.teacher(database, now, "Examiner", 2);
        List<List<Long>> groups = new ArrayList<>();
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long year = insert(c, "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)",
                    run, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long period = insert(c, "INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                    + "starts_on, ends_on) VALUES (?, ?, 1, 'Bench', 'Bench', 'Bench', ?, ?)",
                    run, year, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long discipline = insert(c, "INSERT INTO discipline (code, name_kk, name_ru, name_en) VALUES (?, 'Bench', 'Bench', 'Bench')", run);
            for (int g = 0; g * groupSize < students.size(); g++) {
                long group = insert(c, "INSERT INTO study_group (code) VALUES (?)", run + "-G" + g);
                List<Long> members = students.subList(g * groupSize, Math.min(students.size(), (g + 1) * groupSize));
                for (long s : members) {
                    insert(c, "INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE group_id = VALUES(group_id)", s, "B-" + s, group);
                }
                List<Long> streams = new ArrayList<>();
                for (int m = 0; m < streamsPerGroup; m++) {
                    long stream = insert(c, "INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) "
                            + "VALUES (?, ?, ?, ?)", run + "-G" + g + "-S" + m, discipline, teacher, period);
                    insert(c, "INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
                    insert(c, "INSERT INTO journal (stream_id) VALUES (?)", stream);
                    insert(c, "INSERT INTO oa_stream (stream_id, online, by_ticket, ticket_count, updated_at) "
                            + "VALUES (?, TRUE, TRUE, 1, ?)", stream, now);
                    long slot = insert(c, "INSERT INTO oa_slot (stream_id, starts_at, ends_at, created_at, created_by) "
                            + "VALUES (?, ?, ?, ?, ?)", stream, now.minus(AROUND), now.plus(AROUND), now, teacher);
                    insert(c, "INSERT INTO oa_ticket (stream_id, number, body, saved_at, saved_by) VALUES (?, 1, ?, ?, ?)",
                            stream, "<p>Bench question</p>", now, teacher);
                    for (long s : members) {
                        // whole-stream pool 0 would make ticket 1 unique per stream; each sitting has its own pool
                        insert(c, "INSERT INTO oa_sitting (stream_id, student_id, slot_id, ticket_number, ticket_pool, "
                                + "ticket_source, ticket_at, questions_sent_at, questions_viewed_at) "
                                + "VALUES (?, ?, ?, 1, ?, 'GENERATED', ?, ?, ?)", stream, s, slot, s, now, now, now);
                    }
                    streams.add(stream);
                }
                groups.add(streams);
            }
            c.commit();
        }
        return groups;
    }

    private Exams() {
    }
}
