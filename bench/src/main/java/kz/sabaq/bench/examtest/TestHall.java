package kz.sabaq.bench.examtest;

import static kz.sabaq.bench.login.BenchRows.insert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;

/**
 * The data of a test-answers run, written with plain SQL: one stream of every bench student, its
 * discipline's bank of 100 items of 5 options (40 easy, 40 medium, 20 hard, the first option
 * correct) and its interim attestation test open: 30 questions, 50 minutes, one attempt.
 */
final class TestHall {
    static final int QUESTIONS = 30;
    static final int MINUTES = 50;

    /** @return the open test's id */
    static long create(Database database, List<Long> students, Clock clock) throws SQLException {
        String run = "ET-BENCH-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        long teacher = BenchRows.teacher(database, now, "Tester", 3);
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long year = insert(c, "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)",
                    run, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long period = insert(c, "INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                    + "starts_on, ends_on) VALUES (?, ?, 1, 'Bench', 'Bench', 'Bench', ?, ?)",
                    run, year, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long discipline = insert(c, "INSERT INTO discipline (code, name_kk, name_ru, name_en) VALUES (?, 'Bench', 'Bench', 'Bench')", run);
            long group = insert(c, "INSERT INTO study_group (code) VALUES (?)", run + "-G");
            for (long s : students) {
                insert(c, "INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE group_id = VALUES(group_id)", s, "B-" + s, group);
            }
            long stream = insert(c, "INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) VALUES (?, ?, ?, ?)",
                    run + "-S", discipline, teacher, period);
            insert(c, "INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
            insert(c, "INSERT INTO journal (stream_id, final_form) VALUES (?, 'letter')", stream);
            String[] levels = {"easy", "medium", "hard"};
            int[] counts = {40, 40, 20};
            for (int level = 0; level < levels.length; level++) {
                for (int i = 0; i < counts[level]; i++) {
                    long item = insert(c, "INSERT INTO et_item (discipline_id, kind, difficulty, topic, name, text, updated_by, "
                            + "updated_at) VALUES (?, 'single', ?, 'Bench', ?, ?, ?, ?)", discipline, levels[level],
                            "Q " + level + "." + i, "<p>Bench question " + level + "." + i + "</p>", teacher, now);
                    for (int o = 1; o <= 5; o++) {
                        insert(c, "INSERT INTO et_option (item_id, position, text, fraction) VALUES (?, ?, ?, ?)",
                                item, o, "Option " + o, o == 1 ? 100 : 0);
                    }
                }
            }
            long test = insert(c, "INSERT INTO et_test (stream_id, kind, topic, questions, minutes, attempts, mix, "
                    + "partial_credit, pass_percent, show_result, opened_by, opened_at) "
                    + "VALUES (?, 'final', '', ?, ?, 1, '40/40/20', TRUE, 0, TRUE, ?, ?)", stream, QUESTIONS, MINUTES, teacher, now);
            c.commit();
            return test;
        }
    }

    private TestHall() {
    }
}
