package kz.sabaq.attestation.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.RoleBuilder;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.UnitBuilder;
import kz.sabaq.core.testing.WebClient;

/**
 * An institution for the staff pages' tests: study terms, departments, a current academic year
 * with two periods, groups with their attributes and exam periods, streams whose journal has the
 * online flag, and roles of the staff module in read or edit mode, with restrictions. Made by the
 * generators; times are Almaty wall times, as the pages show them.
 */
final class Campus {
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    static final String STAFF_MODULE = "online-attestation.staff";
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final AcademicFixture academic;
    final Generator gen;
    final AttestationGenerator attestation;
    final long termT4;
    final long termT3;
    final long dept1;
    final long dept2;
    final long year;
    final long period1;
    final long period2;
    final long oldYear;
    final long oldPeriod;

    static TestServer start(Map<String, Object> settings, String... otherPlugins) {
        TestServer.Builder builder = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", settings);
        for (String plugin : otherPlugins) {
            builder.enable(plugin, Map.of());
        }
        return builder.start();
    }

    Campus(TestServer server) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        this.gen = academic.generator();
        this.attestation = new AttestationGenerator(gen);
        int n = NEXT.incrementAndGet();
        termT4 = gen.studyTerm().code("T4-" + n).named("4 жыл", "4 года", "4 years").create();
        termT3 = gen.studyTerm().code("T3-" + n).named("3 жыл", "3 года", "3 years").create();
        dept1 = gen.department().code("D1-" + n).named("Бөлім 1", "Отделение 1", "Department 1").create();
        dept2 = gen.department().code("D2-" + n).named("Бөлім 2", "Отделение 2", "Department 2").create();
        year = gen.year().code("Y" + n).current().create();
        period1 = gen.period().code("P1-" + n).year(year).create();
        period2 = gen.period().code("P2-" + n).year(year).number(2).named("2 кезең", "2 период", "Period 2")
                .dates("2027-01-10", "2027-06-30").create();
        oldYear = gen.year().code("OY" + n).dates("2025-09-01", "2026-06-30").create();
        oldPeriod = gen.period().code("OP-" + n).year(oldYear).named("Ескі", "Старый", "Old")
                .dates("2025-09-01", "2025-12-31").create();
    }

    /** A study group of the term and department, with an exam period in period 1 from 14 to 30 September 2026. */
    long group(String code, long termId, long departmentId) {
        long g = gen.group().code(code).studyTerm(termId).department(departmentId).create();
        examPeriod(g, period1, "2026-09-14", "2026-09-30");
        return g;
    }

    void examPeriod(long groupId, long periodId, String from, String to) {
        gen.examPeriod(groupId, periodId, LocalDate.parse(from), LocalDate.parse(to));
    }

    long teacher(String surname, String firstName) {
        return gen.user().named(surname, firstName).teacher().create();
    }

    record Person(long id, String iin) {
    }

    Person person(String surname, String firstName, String... roles) {
        String iin = Iins.next();
        return new Person(gen.user().iin(iin).named(surname, firstName).roles(roles).create(), iin);
    }

    Person student(String surname, String firstName, long groupId) {
        String iin = Iins.next();
        return new Person(academic.student(iin, surname, firstName, groupId), iin);
    }

    /** A main stream of a new discipline (of the department) in the period, with its journal. */
    long stream(long teacherId, String discipline, long periodId, Long departmentId, long... groups) {
        UnitBuilder d = gen.discipline().named(discipline);
        long disciplineId = (departmentId != null ? d.department(departmentId) : d).create();
        return gen.stream().teacher(teacherId).discipline(disciplineId).period(periodId).groups(groups).create();
    }

    /** The journal's "Conduct final control online" flag, as the journal page would have saved it. */
    void online(long streamId) {
        attestation.exam(streamId).create();
    }

    /** A role with the staff module in the mode, the extended rights and restrictions ("TERM", id…). */
    long role(String mode, List<String> rights, Object... restrictions) {
        RoleBuilder role = gen.role().module(STAFF_MODULE, mode).rights(rights);
        for (int i = 0; i < restrictions.length; i += 2) {
            role.scope((String) restrictions[i], ((Number) restrictions[i + 1]).longValue());
        }
        return role.create();
    }

    /** Lets the role book see roles written just now (it reloads after ten seconds). */
    void rolesWritten() {
        server.clock().advance(Duration.ofSeconds(11));
    }

    Person holder(long roleId, String surname) {
        Person p = person(surname, "Тест");
        gen.grant(p.id(), roleId);
        return p;
    }

    /** Sets the server clock to an Almaty wall time. */
    void at(String localDateTime) {
        server.clock().set(LocalDateTime.ofInstant(local(localDateTime), java.time.ZoneOffset.UTC));
    }

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    WebClient login(Person p) {
        WebClient web = server.client();
        web.login(p.iin());
        return web;
    }

    /** "Distribute students": the slot's local date, start and end, and the chosen students. */
    static WebClient.Page distribute(WebClient web, long streamId, String group, String date, String start, String end,
                                     long... students) {
        FormFields form = FormFields.of("group", group).add("date", date).add("start", start).add("end", end);
        for (long s : students) {
            form.add("student", s);
        }
        return web.post("/online-attestation/streams/" + streamId + "/distribute", form);
    }

    // ---- SQL --------------------------------------------------------------------------------

    int update(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... values) {
        List<Map<String, Object>> rows = rows(sql, values);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    List<Map<String, Object>> rows(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
