package kz.sabaq.attestation.tickets;

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
 * One stream's online final control for the ticket and slot tests: a teacher, a group of
 * students, the stream with its journal flag on and "by ticket", written straight into the tables.
 */
public final class OaFixture {
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    public static final LocalDate DAY = LocalDate.of(2026, 12, 20);
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final TestServer server;
    public final AcademicFixture academic;
    public final AttestationGenerator attestation;
    public final long teacher;
    public final String teacherIin;
    public final long group;
    public final long stream;
    public final List<Long> students = new ArrayList<>();
    public final List<String> studentIins = new ArrayList<>();
    private WebClient teacherWeb;

    public static TestServer server(Map<String, Object> settings) {
        return TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", settings).start();
    }

    public OaFixture(TestServer server, int studentCount) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        int n = NEXT.incrementAndGet();
        teacherIin = Iins.next();
        attestation = new AttestationGenerator(academic.generator());
        teacher = academic.generator().user().iin(teacherIin).named("Сейітқали", "Нұрлан").teacher().create();
        group = academic.group("ОА-" + n + "-" + System.nanoTime() % 100000);
        for (int i = 0; i < studentCount; i++) {
            String iin = Iins.next();
            students.add(academic.student(iin, "Студент" + (char) ('А' + i), "Айжан", group));
            studentIins.add(iin);
        }
        stream = academic.stream(teacher, group);
        online(stream, true);
    }

    /** Puts the stream's journal flag on (or off), by ticket. */
    public void online(long streamId, boolean on) {
        attestation.exam(streamId).online(on).create();
    }

    /** Another main stream of this teacher and discipline, of a new group with students. */
    public long sibling(long periodId, int studentCount) {
        long g = academic.group("ОБ-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000);
        for (int i = 0; i < studentCount; i++) {
            academic.student(Iins.next(), "Басқа" + i, "Ерлан", g);
        }
        return academic.generator().stream().disciplineOf(stream).teacher(teacher).period(periodId).groups(g).create();
    }

    /** The stream's academic period, made part of the current academic year. */
    public long currentPeriod() {
        long period = number("SELECT academic_period_id FROM stream WHERE id = ?", stream);
        academic.generator().currentYear(number("SELECT academic_year_id FROM academic_period WHERE id = ?", period), true);
        return period;
    }

    /** A slot of the given students from {@code from} to {@code to} local time of {@link #DAY}. */
    public long slot(String from, String to, List<Long> of) {
        long slot = attestation.slot(stream, teacher)
                .between(utc(DAY.atTime(LocalTime.parse(from))), utc(DAY.atTime(LocalTime.parse(to))))
                .createdAt(LocalDateTime.now(server.clock())).create();
        for (long student : of) {
            attestation.sitting(stream, student, slot).create();
        }
        return slot;
    }

    /** Gives a ticket straight in the table, as the distribution part would. */
    public void give(long student, int number) {
        exec("UPDATE oa_sitting SET ticket_number = ?, ticket_pool = 0, ticket_source = 'GENERATED', ticket_at = ? "
                + "WHERE stream_id = ? AND student_id = ?", number, LocalDateTime.now(server.clock()), stream, student);
    }

    /** Saves the count and enters every ticket with text, straight in the tables. */
    public void tickets(int count) {
        exec("UPDATE oa_stream SET ticket_count = ?, ticket_count_saved_at = ? WHERE stream_id = ?", count,
                LocalDateTime.now(server.clock()), stream);
        for (int i = 1; i <= count; i++) {
            attestation.ticket(stream, i, "<p>Сұрақ " + i + "</p>", teacher, LocalDateTime.now(server.clock()));
        }
    }

    /** Sets the server clock to this local time of {@link #DAY}. */
    public void at(String localTime) {
        server.clock().set(utc(DAY.atTime(LocalTime.parse(localTime))));
    }

    public static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public WebClient teacherWeb() {
        if (teacherWeb == null) {
            teacherWeb = login(teacherIin);
        }
        return teacherWeb;
    }

    public WebClient login(String iin) {
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    /** A logged-in user with these roles. */
    public WebClient person(String... roles) {
        String iin = Iins.next();
        server.user(iin, "Басқа", "Адам", roles);
        return login(iin);
    }

    public WebClient student(int index) {
        return login(studentIins.get(index));
    }

    /**
     * Posts a multipart form as a browser does: text fields without a content type, UTF-8, the CSRF
     * token in the action's query.
     */
    public static WebClient.Page multipart(WebClient web, String path, Map<String, String> fields, String fileName,
                                           byte[] file) {
        if (web.csrf() == null) {
            web.get("/");
        }
        MultipartForm form = MultipartForm.of();
        fields.forEach(form::field);
        form.file("file", fileName == null ? "" : fileName, "application/octet-stream", file == null ? new byte[0] : file);
        return web.postMultipart(path, form);
    }

    /** Changes a row of the plugin's own tables as its pages would have (core's rows come from the generator). */
    public void exec(String sql, Object... values) {
        attestation.core().sql(sql, values);
    }

    public long number(String sql, Object... values) {
        List<String> found = strings(sql, values);
        return found.isEmpty() || found.get(0) == null ? 0 : Long.parseLong(found.get(0));
    }

    public List<String> strings(String sql, Object... values) {
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
            throw new IllegalStateException(sql, e);
        }
    }
}
