package kz.sabaq.bench.attendance;

import static kz.sabaq.bench.login.BenchRows.insert;

import java.security.SecureRandom;
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
 * The timetable of a QR check-in run, written with plain SQL: groups of students, and for each
 * group many streams with one class meeting each, all open for check-in now, each with the secret
 * its screen's codes are signed with. Every run makes new streams (codes carry the run's time).
 * The classes meet in one hall whose network is loopback, as a real hall's phones share the campus
 * address its room lists: scans from the room's own network are not compared by address.
 */
final class Classes {
    /**
     * Sessions are stored as local wall times; ±14 hours around the current UTC time contains "now"
     * whatever the institution's time zone, so check-in is open during the run.
     */
    private static final Duration AROUND = Duration.ofHours(14);

    /** One class meeting and its screen's secret. */
    record Meeting(long sessionId, byte[] secret) {
    }

    /** @return per group, its meetings; group {@code g} holds students {@code g*groupSize …} */
    static List<List<Meeting>> create(Database database, List<Long> students, int groupSize, int meetingsPerGroup,
                                      Clock clock) throws SQLException {
        String run = "BENCH-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        long teacher = BenchRows.teacher(database, now, "Teacher", 1);
        SecureRandom random = new SecureRandom();
        List<List<Meeting>> groups = new ArrayList<>();
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long year = insert(c, "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)",
                    run, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long period = insert(c, "INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                    + "starts_on, ends_on) VALUES (?, ?, 1, 'Bench', 'Bench', 'Bench', ?, ?)",
                    run, year, now.toLocalDate().minusMonths(6), now.toLocalDate().plusMonths(6));
            long hall = insert(c, "INSERT INTO room (code) VALUES (?)", run);
            insert(c, "INSERT INTO room_network (room_id, cidr) VALUES (?, '127.0.0.0/8')", hall);
            long discipline = insert(c, "INSERT INTO discipline (code, name_kk, name_ru, name_en) VALUES (?, 'Bench', 'Bench', 'Bench')", run);
            for (int g = 0; g * groupSize < students.size(); g++) {
                long group = insert(c, "INSERT INTO study_group (code) VALUES (?)", run + "-G" + g);
                for (int s = g * groupSize; s < Math.min(students.size(), (g + 1) * groupSize); s++) {
                    insert(c, "INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE group_id = VALUES(group_id)", students.get(s), "B-" + students.get(s), group);
                }
                List<Meeting> meetings = new ArrayList<>();
                for (int m = 0; m < meetingsPerGroup; m++) {
                    long stream = insert(c, "INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) "
                            + "VALUES (?, ?, ?, ?)", run + "-G" + g + "-S" + m, discipline, teacher, period);
                    insert(c, "INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
                    long session = insert(c, "INSERT INTO timetable_session (stream_id, room_id, starts_at, ends_at) "
                            + "VALUES (?, ?, ?, ?)", stream, hall, now.minus(AROUND), now.plus(AROUND));
                    byte[] secret = new byte[32];
                    random.nextBytes(secret);
                    insert(c, "INSERT INTO att_session_secret (session_id, secret, created_at) VALUES (?, ?, ?)",
                            session, secret, now);
                    meetings.add(new Meeting(session, secret));
                }
                groups.add(meetings);
            }
            c.commit();
        }
        return groups;
    }

    private Classes() {
    }
}
