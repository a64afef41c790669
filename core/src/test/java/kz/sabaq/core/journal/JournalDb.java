package kz.sabaq.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.TestServer;

/** Small helpers the journal tests share: units and staff rows (by the generator), counts, single values. */
final class JournalDb {
    private final TestServer server;
    private final Generator gen;

    JournalDb(TestServer server) {
        this.server = server;
        this.gen = Generator.on(server);
    }

    long department(String code) {
        return gen.department().code(code).named(code).create();
    }

    /** The stream's discipline belongs to the department, so the stream's scope names it. */
    void placeIn(long streamId, long departmentId) {
        gen.placeInDepartment(streamId, departmentId);
    }

    void staff(long userId, long departmentId) {
        gen.staff(userId).department(departmentId).create();
    }

    void finalForm(long streamId, String form) {
        gen.finalForm(streamId, form);
    }

    long count(String sql, Object... values) {
        return Long.parseLong(value(sql, values));
    }

    String value(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The cell's stored value, or null when it is empty. */
    String grade(long streamId, long studentId, String kind) {
        return value("SELECT value FROM journal_grade WHERE stream_id = ? AND student_id = ? AND kind = ?",
                streamId, studentId, kind);
    }

    void exec(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
