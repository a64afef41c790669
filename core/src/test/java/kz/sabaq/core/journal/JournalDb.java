package kz.sabaq.core.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kz.sabaq.core.testing.TestServer;

/** Small SQL helpers the journal tests share: units, staff rows, counts, single values. */
final class JournalDb {
    private final TestServer server;

    JournalDb(TestServer server) {
        this.server = server;
    }

    long department(String code) {
        return insert("INSERT INTO department (code, name_kk, name_ru, name_en) VALUES (?, ?, ?, ?)", code, code, code, code);
    }

    /** The stream's discipline belongs to the department, so the stream's scope names it. */
    void placeIn(long streamId, long departmentId) {
        exec("UPDATE discipline d JOIN stream s ON s.discipline_id = d.id SET d.department_id = ? WHERE s.id = ?",
                departmentId, streamId);
    }

    void staff(long userId, long departmentId) {
        insert("INSERT INTO staff (user_id, department_id) VALUES (?, ?)", userId, departmentId);
    }

    void finalForm(long streamId, String form) {
        exec("UPDATE journal SET final_form = ? WHERE stream_id = ?", form, streamId);
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

    long insert(String sql, Object... values) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
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
