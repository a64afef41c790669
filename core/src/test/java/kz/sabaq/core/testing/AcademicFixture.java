package kz.sabaq.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;

/**
 * Academic structure for tests, written straight into core's tables: groups, students, streams,
 * rooms and timetable sessions (times are the timetable's local wall times).
 */
public final class AcademicFixture {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TestServer server;
    private Long period;

    public AcademicFixture(TestServer server) {
        this.server = server;
    }

    public long group(String code) {
        return insert("INSERT INTO study_group (code) VALUES (?)", code);
    }

    /** A user with the student role, a member of the group; returns the user id. */
    public long student(String iin, String surname, String firstName, long groupId) {
        long id = server.user(iin, surname, firstName, StandardRoles.STUDENT);
        insert("INSERT INTO student (user_id, record_book_number, group_id) VALUES (?, ?, ?)", id, "RB-" + iin, groupId);
        return id;
    }

    /** Many students of one group, named by number; returns their IINs in order. */
    public List<String> students(long groupId, int count) {
        List<String> iins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String iin = Iins.next();
            student(iin, "Студент", "№" + (i + 1), groupId);
            iins.add(iin);
        }
        return iins;
    }

    /** A stream of a fresh discipline taught by the teacher to the groups, with its journal. */
    public long stream(long teacherId, long... groupIds) {
        int n = NEXT.incrementAndGet();
        long discipline = insert("INSERT INTO discipline (code, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?)",
                "D" + n, "Пән " + n, "Дисциплина " + n, "Discipline " + n);
        long stream = insert("INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) VALUES (?, ?, ?, ?)",
                "S" + n, discipline, teacherId, period());
        for (long group : groupIds) {
            insert("INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", stream, group);
        }
        insert("INSERT INTO journal (stream_id) VALUES (?)", stream);
        return stream;
    }

    /** A room with the networks a scan may come from (CIDR) and an optional position. */
    public long room(String code, List<String> networks, Double latitude, Double longitude) {
        long room = insert("INSERT INTO room (code, latitude, longitude) VALUES (?, ?, ?)", code, latitude, longitude);
        for (String cidr : networks) {
            insert("INSERT INTO room_network (room_id, cidr) VALUES (?, ?)", room, cidr);
        }
        return room;
    }

    /** A timetable session at local wall times; {@code roomId} may be null. */
    public long session(long streamId, Long roomId, LocalDateTime startsAt, LocalDateTime endsAt) {
        return insert("INSERT INTO timetable_session (stream_id, room_id, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                streamId, roomId, startsAt, endsAt);
    }

    private long period() {
        if (period == null) {
            int n = NEXT.incrementAndGet();
            long year = insert("INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, '2026-09-01', '2027-06-30')",
                    "Y" + n);
            period = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, "
                    + "starts_on, ends_on) VALUES (?, ?, 1, '1', '1', '1', '2026-09-01', '2026-12-31')", "P" + n, year);
        }
        return period;
    }

    private long insert(String sql, Object... values) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
