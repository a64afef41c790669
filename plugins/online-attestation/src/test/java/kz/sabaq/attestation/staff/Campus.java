package kz.sabaq.attestation.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * An institution for the staff pages' tests: study terms, departments, a current academic year
 * with two periods, groups with their attributes and exam periods, streams whose journal has the
 * online flag, and roles of the staff module in read or edit mode, with restrictions. Written
 * straight into the tables; times are Almaty wall times, as the pages show them.
 */
final class Campus {
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    static final String STAFF_MODULE = "online-attestation.staff";
    private static final AtomicInteger NEXT = new AtomicInteger();

    final TestServer server;
    final AcademicFixture academic;
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
        int n = NEXT.incrementAndGet();
        termT4 = insert("INSERT INTO study_term (code, name_kk, name_ru, name_en) VALUES (?, '4 жыл', '4 года', '4 years')", "T4-" + n);
        termT3 = insert("INSERT INTO study_term (code, name_kk, name_ru, name_en) VALUES (?, '3 жыл', '3 года', '3 years')", "T3-" + n);
        dept1 = insert("INSERT INTO department (code, name_kk, name_ru, name_en) VALUES (?, 'Бөлім 1', 'Отделение 1', 'Department 1')", "D1-" + n);
        dept2 = insert("INSERT INTO department (code, name_kk, name_ru, name_en) VALUES (?, 'Бөлім 2', 'Отделение 2', 'Department 2')", "D2-" + n);
        year = insert("INSERT INTO academic_year (code, starts_on, ends_on, is_current) VALUES (?, '2026-09-01', '2027-06-30', TRUE)", "Y" + n);
        period1 = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, ends_on) "
                + "VALUES (?, ?, 1, '1 кезең', '1 период', 'Period 1', '2026-09-01', '2026-12-31')", "P1-" + n, year);
        period2 = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, ends_on) "
                + "VALUES (?, ?, 2, '2 кезең', '2 период', 'Period 2', '2027-01-10', '2027-06-30')", "P2-" + n, year);
        oldYear = insert("INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, '2025-09-01', '2026-06-30')", "OY" + n);
        oldPeriod = insert("INSERT INTO academic_period (code, academic_year_id, number, name_kk, name_ru, name_en, starts_on, ends_on) "
                + "VALUES (?, ?, 1, 'Ескі', 'Старый', 'Old', '2025-09-01', '2025-12-31')", "OP-" + n, oldYear);
    }

    /** A study group of the term and department, with an exam period in period 1 from 14 to 30 September 2026. */
    long group(String code, long termId, long departmentId) {
        long g = insert("INSERT INTO study_group (code, study_term_id, department_id) VALUES (?, ?, ?)", code, termId, departmentId);
        examPeriod(g, period1, "2026-09-14", "2026-09-30");
        return g;
    }

    void examPeriod(long groupId, long periodId, String from, String to) {
        insert("INSERT INTO exam_period (group_id, academic_period_id, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                groupId, periodId, from, to);
    }

    long teacher(String surname, String firstName) {
        return server.user(Iins.next(), surname, firstName, StandardRoles.TEACHER);
    }

    record Person(long id, String iin) {
    }

    Person person(String surname, String firstName, String... roles) {
        String iin = Iins.next();
        return new Person(server.user(iin, surname, firstName, roles), iin);
    }

    Person student(String surname, String firstName, long groupId) {
        String iin = Iins.next();
        return new Person(academic.student(iin, surname, firstName, groupId), iin);
    }

    /** A main stream of a new discipline (of the department) in the period, with its journal. */
    long stream(long teacherId, String discipline, long periodId, Long departmentId, long... groups) {
        int n = NEXT.incrementAndGet();
        long d = insert("INSERT INTO discipline (code, name_kk, name_ru, name_en, department_id) VALUES (?, ?, ?, ?, ?)",
                "DS" + n, discipline, discipline, discipline, departmentId);
        long s = insert("INSERT INTO stream (code, discipline_id, teacher_id, academic_period_id) VALUES (?, ?, ?, ?)",
                "ST-" + n, d, teacherId, periodId);
        for (long g : groups) {
            insert("INSERT INTO stream_group (stream_id, group_id) VALUES (?, ?)", s, g);
        }
        insert("INSERT INTO journal (stream_id) VALUES (?)", s);
        return s;
    }

    /** The journal's "Conduct final control online" flag, as the journal page would have saved it. */
    void online(long streamId) {
        update("INSERT INTO oa_stream (stream_id, online, updated_at) VALUES (?, TRUE, NOW(3)) "
                + "ON DUPLICATE KEY UPDATE online = TRUE", streamId);
    }

    /** A role with the staff module in the mode, the extended rights and restrictions ("TERM", id…). */
    long role(String mode, List<String> rights, Object... restrictions) {
        int n = NEXT.incrementAndGet();
        long role = insert("INSERT INTO role (code, name, builtin, own_unit) VALUES (?, ?, FALSE, 'NONE')", "R" + n, "Role " + n);
        insert("INSERT INTO role_module (role_id, module_id, mode) VALUES (?, ?, ?)", role, STAFF_MODULE, mode);
        for (String right : rights) {
            insert("INSERT INTO role_right (role_id, capability) VALUES (?, ?)", role, right);
        }
        for (int i = 0; i < restrictions.length; i += 2) {
            insert("INSERT INTO role_scope (role_id, kind, ref_id) VALUES (?, ?, ?)", role, restrictions[i], restrictions[i + 1]);
        }
        return role;
    }

    /** Lets the role book see roles written just now (it reloads after ten seconds). */
    void rolesWritten() {
        server.clock().advance(Duration.ofSeconds(11));
    }

    Person holder(long roleId, String surname) {
        Person p = person(surname, "Тест");
        insert("INSERT INTO user_role (user_id, role_id) VALUES (?, ?)", p.id(), roleId);
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
