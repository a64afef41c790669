package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A student's final control on the cabinet: its time and where it stands, from scheduled to graded. */
class ExamsOnCabinetTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Element exam(ExamRoom.Student s) {
        Element item = Jsoup.parse(s.web().get("/").body()).selectFirst("[data-today=exam] [data-today-item]");
        assertNotNull(item, "the final control is on the cabinet");
        return item;
    }

    private static String state(ExamRoom.Student s) {
        return exam(s).selectFirst("[data-today-state]").text();
    }

    @Test
    void theControlGoesFromScheduledToOpenToAnsweredToGraded() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("letter");
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 1, "<p>Сұрақ</p>");

        Element scheduled = exam(s);
        assertEquals("10:00–12:00", scheduled.selectFirst("[data-today-when]").text());
        assertEquals("Тағайындалды", scheduled.selectFirst("[data-today-state]").text());
        assertNull(scheduled.selectFirst("[data-today-action]"), "nothing to do before it opens");
        assertEquals(s.page(), scheduled.selectFirst(".today-title a").attr("href"));

        room.at("10:05");
        Element open = exam(s);
        assertEquals("Қазір өтіп жатыр", open.selectFirst("[data-today-state]").text());
        assertTrue(open.hasClass("today-now"));
        assertEquals(s.page(), open.selectFirst("[data-today-action]").attr("href"));

        s.web().get(s.page());
        s.web().post(s.page() + "/questions", Map.of());
        assertEquals(303, s.web().post(s.page() + "/answer", Map.of("body", "<p>Толық жауап мәтіні</p>",
                "action", "send")).status());
        assertEquals("Жауап жіберілді", state(s));

        room.teacherWeb().get(s.page());
        assertEquals(303, room.teacherWeb().post(s.page() + "/grade", Map.of("points", "85")).status());
        assertEquals("Баға қойылды", state(s));
    }

    @Test
    void aRecordedAbsenceSaysWhichOneNotGraded() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("letter");
        ExamRoom.Student s = room.student("Ахметова");
        room.at("12:05");
        room.teacherWeb().get(s.page());
        assertEquals(303, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "UNEXCUSED")).status());
        assertEquals("Жоқ (дәлелсіз)", state(s));
    }

    @Test
    void aStudentTheRulesDoNotAdmitIsWarned() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.academic.generator().grade().of(room.stream, s.id()).kind("admission").value("10").create();
        Element warning = exam(s).selectFirst("[data-today-warning]");
        assertNotNull(warning);
        assertEquals("⚠ Емтиханға жіберілмейді", warning.text());
    }

    @Test
    void aControlTwoDaysPastIsNoLongerShown() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        server.clock().set(room.utc(ExamRoom.DAY.plusDays(2).atTime(13, 0)));
        assertTrue(Jsoup.parse(s.web().get("/").body()).select("[data-today=exam]").isEmpty());
    }
}
