package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * One stream's online final control for a test: a teacher, a group, the stream with its
 * {@code oa_stream} row, and a slot on 15 January 2027 from 10:00 to 12:00 local time. Students get
 * a sitting in the slot. The clock is moved with {@link #at}, in the institution's local time.
 */
final class ExamRoom {
    static final LocalDate DAY = LocalDate.of(2027, 1, 15);
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final AcademicFixture academic;
    final AttestationGenerator attestation;
    final long teacher;
    final String teacherIin;
    final long group;
    final long stream;
    final long slot;
    private WebClient teacherWeb;

    record Student(long id, String iin, WebClient web, String page) {
    }

    static TestServer server(Map<String, Object> settings) {
        return TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", settings).enable("grading-letter", Map.of())
                .enable("grading-written-oral", Map.of()).enable("grading-passfail", Map.of())
                .enable("grading-five-point", Map.of()).start();
    }

    ExamRoom(TestServer server, boolean byTicket) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        int n = NEXT.incrementAndGet();
        teacherIin = Iins.next();
        attestation = new AttestationGenerator(academic.generator());
        teacher = academic.generator().user().iin(teacherIin).named("Сейітқали", "Нұрлан").teacher().create();
        group = academic.group("ОА-" + n);
        stream = academic.stream(teacher, group);
        attestation.exam(stream).byTicket(byTicket).tickets(25).create();
        slot = attestation.slot(stream, teacher).between(utc(DAY.atTime(10, 0)), utc(DAY.atTime(12, 0))).create();
        at("09:30");
    }

    ZoneId zone() {
        return server.app().service(kz.sabaq.api.academic.AcademicDirectory.class).orElseThrow().timeZone();
    }

    LocalDateTime utc(LocalDateTime local) {
        return local.atZone(zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    void at(String localTime) {
        server.clock().set(utc(DAY.atTime(LocalTime.parse(localTime))));
    }

    /** A student of the group with a sitting in the slot, logged in. */
    Student student(String surname) {
        String iin = Iins.next();
        long id = academic.student(iin, surname, "Айжан", group);
        attestation.sitting(stream, id, slot).create();
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return new Student(id, iin, web, "/online-attestation/streams/" + stream + "/students/" + id);
    }

    /** Gives the student a ticket with these questions and sends them. */
    void ticketSent(Student s, int number, String questions) {
        attestation.ticket(stream, number, questions, teacher);
        sql("UPDATE oa_sitting SET ticket_number = ?, ticket_pool = 0, ticket_source = 'GENERATED', ticket_at = NOW(3), "
                + "questions_sent_at = NOW(3) WHERE stream_id = ? AND student_id = ?", number, stream, s.id());
    }

    void finalForm(String form) {
        academic.generator().finalForm(stream, form);
    }

    WebClient teacherWeb() {
        if (teacherWeb == null) {
            teacherWeb = server.client();
            assertEquals(303, teacherWeb.login(teacherIin).status());
        }
        return teacherWeb;
    }

    /** The sitting's column as text (null when empty). */
    String sitting(Student s, String column) {
        List<String> v = strings("SELECT " + column + " FROM oa_sitting WHERE stream_id = ? AND student_id = ?", stream, s.id());
        return v.isEmpty() ? null : v.get(0);
    }

    String grade(Student s, String kind) {
        List<String> v = strings("SELECT value FROM journal_grade WHERE stream_id = ? AND student_id = ? AND kind = ?",
                stream, s.id(), kind);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The answer's multipart form: the CSRF token in the action's query, the files as parts. */
    static WebClient.Page answerForm(WebClient web, String page, String body, String action, Map<String, byte[]> files) {
        web.get(page);
        MultipartForm form = MultipartForm.of().textField("body", body).field("action", action);
        files.forEach((name, content) -> form.file("files", name, "application/octet-stream", content));
        return web.postMultipart(page + "/answer", form);
    }

    /** Changes a row of the plugin's own tables (a sitting, ticket or slot) as the plugin's pages would have. */
    void sql(String sql, Object... values) {
        attestation.core().sql(sql, values);
    }

    List<String> strings(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
