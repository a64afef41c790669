package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * Every plugin running, and something behind each form: an administrator, the teacher of a stream
 * with a plain journal and of a stream whose journal asks for a letter-graded final control held online
 * by ticket (so its settings are locked), a slot on 20 September
 * (ahead) and one on 14 September (over) each with a student, a third student in no slot, and a
 * class session today. The clock stands at 15 September 2026, 08:00 UTC.
 */
final class FormCollege implements AutoCloseable {
    final TestServer server;
    final long adminId;
    final WebClient admin;
    final WebClient teacher;
    final long stream;
    final long journal;
    final long period;
    final long ahead;
    final long waiting;
    final long graded;
    final long unplaced;
    final WebClient student;
    final long session;

    FormCollege() {
        server = AllPlugins.server().start();
        server.clock().set(LocalDateTime.of(2026, 9, 15, 8, 0));
        AcademicFixture academic = new AcademicFixture(server);
        String adminIin = Iins.next();
        adminId = server.user(adminIin, "Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        admin = login(adminIin);
        String teacherIin = Iins.next();
        long teacherId = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        teacher = login(teacherIin);
        long group = academic.group("ФОРМ-1");
        String waitingIin = Iins.next();
        waiting = academic.student(waitingIin, "Ахметова", "Айжан", group);
        student = login(waitingIin);
        graded = academic.student(Iins.next(), "Бекова", "Дана", group);
        unplaced = academic.student(Iins.next(), "Серікова", "Әсел", group);
        stream = academic.stream(teacherId, group);
        journal = academic.stream(teacherId, group);
        period = Long.parseLong(one("SELECT academic_period_id FROM stream WHERE id = ?", stream));
        sql("UPDATE journal SET final_form = 'letter', final_grade_to_be_set = TRUE WHERE stream_id = ?", stream);
        sql("INSERT INTO exam_period (group_id, academic_period_id, starts_on, ends_on) VALUES (?, ?, '2026-09-14', '2026-09-30')",
                group, period);
        sql("INSERT INTO oa_stream (stream_id, online, by_ticket, ticket_count, updated_at) VALUES (?, TRUE, TRUE, 5, NOW(3))",
                stream);
        ahead = slot(LocalDateTime.of(2026, 9, 20, 5, 0), waiting);
        long over = slot(LocalDateTime.of(2026, 9, 14, 5, 0), graded);
        sql("UPDATE oa_sitting SET questions_sent_at = NOW(3) WHERE slot_id = ?", over);
        session = academic.session(stream, null, LocalDateTime.of(2026, 9, 15, 13, 0), LocalDateTime.of(2026, 9, 15, 14, 30));
    }

    /** The exam page of a student's sitting. */
    String sitting(long studentId) {
        return "/online-attestation/streams/" + stream + "/students/" + studentId;
    }

    private long slot(LocalDateTime startsUtc, long studentId) {
        long slot = insert("INSERT INTO oa_slot (stream_id, starts_at, ends_at, created_at, created_by) VALUES (?, ?, ?, NOW(3), ?)",
                stream, startsUtc, startsUtc.plusHours(2), adminId);
        sql("INSERT INTO oa_sitting (stream_id, student_id, slot_id) VALUES (?, ?, ?)", stream, studentId, slot);
        return slot;
    }

    private WebClient login(String iin) {
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    String one(String query, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(query)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private void sql(String statement, Object... values) {
        insert(statement, values);
    }

    private long insert(String statement, Object... values) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
