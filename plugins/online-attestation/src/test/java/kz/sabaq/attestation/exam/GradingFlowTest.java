package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grading one student after another: a saved grade is confirmed on the page, and the previous and
 * next students of the stream page's roster are a link away.
 */
class GradingFlowTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Document staffPage(ExamRoom room, String path) {
        WebClient.Page page = room.teacherWeb().get(path);
        assertEquals(200, page.status(), page.body());
        return Jsoup.parse(page.body());
    }

    @Test
    void aSavedGradeIsConfirmedWithALinkToTheNextStudent() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("letter");
        ExamRoom.Student first = room.student("Ахметова");
        ExamRoom.Student last = room.student("Жұмабаева");
        room.at("12:00");
        assertNull(staffPage(room, first.page()).selectFirst("[data-oa-saved]"), "nothing saved yet");

        room.teacherWeb().get(first.page());
        WebClient.Page saved = room.teacherWeb().post(first.page() + "/grade", Map.of("points", "85"));

        assertEquals(303, saved.status());
        assertTrue(saved.location().endsWith(first.page() + "?saved=grade"), saved.location());
        Document page = staffPage(room, first.page() + "?saved=grade");
        assertEquals("85", room.grade(first, "final"));
        assertNotNull(page.selectFirst("details#grade[open]"), "the grading block stays open to show it");
        assertEquals("Баға сақталды және журналға енгізілді. Келесі: Жұмабаева Айжан",
                page.selectFirst("[data-oa-saved]").text());
        assertEquals(last.page(), page.selectFirst("[data-oa-saved-next]").attr("href"));
    }

    @Test
    void aMarkedAbsenceIsConfirmedToo() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("letter");
        ExamRoom.Student s = room.student("Әбенова");
        room.at("12:00");
        room.teacherWeb().get(s.page());
        assertEquals(303, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "UNEXCUSED")).status());
        assertEquals("Жоқ деп белгіленді және журналға енгізілді.",
                staffPage(room, s.page() + "?saved=absence").selectFirst("[data-oa-saved]").text());
        assertNull(staffPage(room, s.page() + "?saved=anything").selectFirst("[data-oa-saved]"));
    }

    @Test
    void previousAndNextFollowTheRosterSlotBySlotEachByName() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student b = room.student("Бекова");
        ExamRoom.Student a = room.student("Ахметова");
        ExamRoom.Student v = room.student("Валиева");

        Document first = staffPage(room, a.page());
        assertNull(first.selectFirst("[data-oa-previous]"), "the roster's first has no previous");
        assertEquals(b.page(), first.selectFirst("[data-oa-next]").attr("href"));
        Document middle = staffPage(room, b.page());
        assertEquals(a.page(), middle.selectFirst("[data-oa-previous]").attr("href"));
        assertEquals("← Алдыңғы: Ахметова Айжан", middle.selectFirst("[data-oa-previous]").text());
        assertEquals(v.page(), middle.selectFirst("[data-oa-next]").attr("href"));
        assertNull(staffPage(room, v.page()).selectFirst("[data-oa-next]"), "the roster's last has no next");
    }

    @Test
    void theStudentSeesNoRoster() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.student("Бекова");
        assertNull(Jsoup.parse(s.web().get(s.page()).body()).selectFirst("[data-oa-roster]"));
    }
}
