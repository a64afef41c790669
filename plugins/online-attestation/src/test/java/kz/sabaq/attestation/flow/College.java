package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * A college for the end-to-end tests: the real server with online attestation, the shipped
 * distribution strategies and the conference-link platform; a current academic year, a study term
 * (not yet allowed online), a group of that term with an exam period from 14 to 30 September 2026,
 * an administrator, a teacher and a stream of the group with its journal. Only this academic
 * structure comes from the generator; everything the flow does goes through the pages.
 */
final class College implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final AcademicFixture academic;
    final String termCode;
    final long group;
    final User admin;
    final User teacher;
    final long stream;
    private final List<User> users = new ArrayList<>();

    record User(long id, String iin, WebClient web) {
    }

    College() {
        this(Map.of());
    }

    /** @param morePlugins further plugins to enable, by id, with their settings (e.g. attendance-qr) */
    College(Map<String, Map<String, Object>> morePlugins) {
        TestServer.Builder builder = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", Map.of())
                .enable("tickets-random", Map.of())
                .enable("tickets-self-select", Map.of())
                .enable("conference-link", Map.of())
                .enable("grading-letter", Map.of())
                .enable("grading-written-oral", Map.of());
        morePlugins.forEach(builder::enable);
        server = builder.start();
        academic = new AcademicFixture(server);
        int n = NEXT.incrementAndGet();
        termCode = "T4F-" + n;
        Generator gen = academic.generator();
        long term = gen.studyTerm().code(termCode).named("4 жыл", "4 года", "4 years").create();
        long year = gen.year().code("FY" + n).current().create();
        long period = gen.period().code("FP" + n).year(year).create();
        group = gen.group().code("ФЛ-" + n).studyTerm(term).create();
        gen.examPeriod(group, period, LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-30"));
        admin = user("Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        teacher = user("Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        long discipline = gen.discipline().code("FD" + n).named("Физика " + n, "Физика " + n, "Physics " + n).create();
        stream = gen.stream().code("FS-" + n).discipline(discipline).teacher(teacher.id()).period(period).groups(group).create();
    }

    private User user(String surname, String firstName, String role) {
        String iin = Iins.next();
        long id = server.user(iin, surname, firstName, role);
        User u = new User(id, iin, login(iin));
        users.add(u);
        return u;
    }

    /** A student of the group, logged in. */
    User student(String surname, String firstName) {
        String iin = Iins.next();
        long id = academic.student(iin, surname, firstName, group);
        User u = new User(id, iin, login(iin));
        users.add(u);
        return u;
    }

    private WebClient login(String iin) {
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status(), "logged in");
        return web;
    }

    ZoneId zone() {
        return server.app().service(AcademicDirectory.class).orElseThrow().timeZone();
    }

    /** Sets the server clock to the institution's local wall time, e.g. {@code 2026-09-21T10:05}. */
    void at(String local) {
        server.clock().set(LocalDateTime.parse(local).atZone(zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        // Days later the sessions of the set-up day have expired: everyone logs in again.
        for (User u : users) {
            assertEquals(303, u.web().login(u.iin()).status(), "logged in again");
        }
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- reading the tables (assertions only) ---------------------------------------------------

    /** The first column of every row, as text (SQL NULL as null). */
    List<String> strings(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
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

    String one(String sql, Object... values) {
        List<String> v = strings(sql, values);
        return v.isEmpty() ? null : v.get(0);
    }

    String sitting(User student, String column) {
        return one("SELECT " + column + " FROM oa_sitting WHERE stream_id = ? AND student_id = ?", stream, student.id());
    }

    String grade(User student, String kind) {
        return one("SELECT value FROM journal_grade WHERE stream_id = ? AND student_id = ? AND kind = ?",
                stream, student.id(), kind);
    }

    private static void bind(PreparedStatement s, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
