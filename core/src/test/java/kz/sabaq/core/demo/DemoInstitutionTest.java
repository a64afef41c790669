package kz.sabaq.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.sabaq.core.academic.Kinds;
import kz.sabaq.core.testing.WebClient;
import java.util.Map;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoInstitutionTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(MutableClock.at("2026-11-18T09:00:00")).start();
        assertTrue(new DemoInstitution(server.app().database(), server.clock()).loadIfEmpty().isPresent());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long count(String sql) {
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDemoStudentsFormAGroupWithRecordBooks() {
        assertEquals(3, count("SELECT COUNT(*) FROM student s JOIN study_group g ON g.id = s.group_id "
                + "JOIN app_user u ON u.id = s.user_id WHERE g.code = 'ПО-24-1' AND u.password_hash IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM student WHERE record_book_number = '24-0117'"));
    }

    @Test
    void theDemoHasTheCurrentYearAndATimetableForTheCurrentWeek() {
        assertEquals(1, count("SELECT COUNT(*) FROM academic_year WHERE is_current AND code = '2026-2027'"));
        assertEquals(10, count("SELECT COUNT(*) FROM timetable_session "
                + "WHERE starts_at >= '2026-11-16' AND starts_at < '2026-11-21'"));
        assertEquals(1, count("SELECT COUNT(*) FROM timetable_session WHERE starts_at = '2026-11-16 08:55' AND ends_at = '2026-11-16 09:45'"));
        assertEquals(9, count("SELECT COUNT(*) FROM bell_period"));
        assertEquals(4, count("SELECT COUNT(*) FROM exam_period"));
    }

    @Test
    void theDemoTeacherIsStaffAndTeachesStreamsWithJournals() {
        assertEquals(3, count("SELECT COUNT(*) FROM stream s JOIN app_user u ON u.id = s.teacher_id "
                + "JOIN staff st ON st.user_id = u.id JOIN journal j ON j.stream_id = s.id WHERE u.iin = '900315300000'"));
        assertEquals(4, count("SELECT COUNT(*) FROM room_network"));
    }

    @Test
    void theDemoRegistrarSeesEveryRegisterWithItsRows() {
        WebClient registrar = server.client();
        assertEquals(303, registrar.login("850505400008", DemoInstitution.PASSWORD).status());
        for (String kind : Kinds.ids()) {
            WebClient.Page page = registrar.get("/academic/" + kind);
            assertEquals(200, page.status(), kind);
            assertTrue(page.contains("<tbody>"), kind + " has rows");
        }
        WebClient.Page students = registrar.get("/academic/student?q=" + URLEncoder.encode("Әсел", StandardCharsets.UTF_8));
        assertTrue(students.contains("24-0117") && !students.contains("24-0118"), students.body());
        assertFalse(students.contains("<th scope=\"col\">Құпиясөз</th>"), "passwords are never shown");
        assertTrue(registrar.get("/academic/academic_year").contains("<td>иә</td>"), "yes/no in the reader's language");
    }

    @Test
    void demoDatesFollowTheAcademicCalendar() {
        assertEquals(Map.of("{year}", "2026", "{next}", "2027", "{period}", "2", "{mon}", "2027-03-01"),
                subset(DemoInstitution.tokens(LocalDate.parse("2027-03-03"))));
        assertEquals("1", DemoInstitution.tokens(LocalDate.parse("2026-09-14")).get("{period}"));
    }

    private static Map<String, String> subset(Map<String, String> tokens) {
        return Map.of("{year}", tokens.get("{year}"), "{next}", tokens.get("{next}"), "{period}", tokens.get("{period}"),
                "{mon}", tokens.get("{mon}"));
    }
}
