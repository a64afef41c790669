package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
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
    /** The three people's IINs, for a browser that logs in through the login page. */
    final String adminIin;
    final String teacherIin;
    final String studentIin;
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
    private final AttestationGenerator attestation;

    FormCollege() {
        server = AllPlugins.server().start();
        server.clock().set(LocalDateTime.of(2026, 9, 15, 8, 0));
        AcademicFixture academic = new AcademicFixture(server);
        attestation = new AttestationGenerator(academic.generator());
        adminIin = Iins.next();
        adminId = server.user(adminIin, "Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        admin = login(adminIin);
        teacherIin = Iins.next();
        long teacherId = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        teacher = login(teacherIin);
        long group = academic.group("ФОРМ-1");
        studentIin = Iins.next();
        waiting = academic.student(studentIin, "Ахметова", "Айжан", group);
        student = login(studentIin);
        graded = academic.student(Iins.next(), "Бекова", "Дана", group);
        unplaced = academic.student(Iins.next(), "Серікова", "Әсел", group);
        stream = academic.stream(teacherId, group);
        journal = academic.stream(teacherId, group);
        period = Long.parseLong(one("SELECT academic_period_id FROM stream WHERE id = ?", stream));
        academic.generator().finalForm(stream, "letter");
        academic.generator().examPeriod(group, period, LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-30"));
        attestation.exam(stream).tickets(5).create();
        ahead = slot(LocalDateTime.of(2026, 9, 20, 5, 0), waiting);
        long over = slot(LocalDateTime.of(2026, 9, 14, 5, 0), graded);
        attestation.questionsSent(over);
        session = academic.session(stream, null, LocalDateTime.of(2026, 9, 15, 13, 0), LocalDateTime.of(2026, 9, 15, 14, 30));
    }

    /** The exam page of a student's sitting. */
    String sitting(long studentId) {
        return "/online-attestation/streams/" + stream + "/students/" + studentId;
    }

    private long slot(LocalDateTime startsUtc, long studentId) {
        long slot = attestation.slot(stream, adminId).between(startsUtc, startsUtc.plusHours(2)).create();
        attestation.sitting(stream, studentId, slot).create();
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
