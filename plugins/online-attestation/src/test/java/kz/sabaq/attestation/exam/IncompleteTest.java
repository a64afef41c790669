package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "I" (incomplete, seed 002) turns into "F" when its deadline passes without the debt cleared: the
 * teacher gives "I" with a deadline on the final control page; the scheduled job writes "F" once
 * per deadline however often it runs (another node, a restart), audited; a grade given in time stays.
 */
class IncompleteTest {
    static final String JOB = "online-attestation.incomplete-expiry";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ExamRoom.Student answered(ExamRoom room, String surname, int ticket) {
        ExamRoom.Student s = room.student(surname);
        room.ticketSent(s, ticket, "<p>Сұрақ</p>");
        room.at("10:05");
        s.web().get(s.page());
        s.web().post(s.page() + "/questions", Map.of());
        room.at("10:30");
        assertEquals(303, s.web().post(s.page() + "/answer", Map.of("body", "<p>Толық жауап мәтіні</p>", "action", "send"))
                .status());
        return s;
    }

    private static WebClient.Page incomplete(ExamRoom room, ExamRoom.Student s, String deadline) {
        WebClient.Page page = room.teacherWeb().get(s.page());
        assertTrue(page.contains("data-oa-incomplete"), page.body());
        return room.teacherWeb().post(s.page() + "/incomplete", Map.of("deadline", deadline));
    }

    @Test
    void anIncompleteBecomesFOnceItsDeadlineHasPassed() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN");
        ExamRoom.Student late = answered(room, "Ахметова", 1);
        ExamRoom.Student cleared = answered(room, "Бекова", 2);

        assertTrue(room.teacherWeb().get(late.page()).contains("value=\"" + ExamRoom.DAY.plusDays(14) + "\""),
                "the form offers the setting's 14 days");
        assertEquals(400, incomplete(room, late, ExamRoom.DAY.minusDays(1).toString()).status());
        assertNull(room.grade(late, "final"), "a past deadline is refused, nothing saved");
        assertEquals(303, incomplete(room, late, ExamRoom.DAY.plusDays(3).toString()).status());
        assertEquals(303, incomplete(room, cleared, ExamRoom.DAY.plusDays(3).toString()).status());
        assertEquals("I", room.grade(late, "final"));
        assertEquals(303, room.teacherWeb().post(cleared.page() + "/grade", Map.of("points", "70")).status(),
                "the debt cleared in time");

        assertTrue(server.app().runJob(JOB));
        assertEquals("I", room.grade(late, "final"), "the deadline is the end of its day");

        server.clock().set(room.utc(ExamRoom.DAY.plusDays(4).atTime(0, 1)));
        assertTrue(server.app().runJob(JOB));
        assertTrue(server.app().runJob(JOB));

        assertEquals("F", room.grade(late, "final"));
        assertEquals("70", room.grade(cleared, "final"));
        assertEquals(List.of("online-attestation.incomplete.expired"), room.strings(
                "SELECT action FROM audit_event WHERE object = ? AND action LIKE 'online-attestation.incomplete%'",
                "oa-sitting:" + room.stream + ":" + late.id()), "once, however often the job runs");
        assertTrue(room.strings("SELECT details FROM audit_event WHERE object = ? AND action = ?",
                "oa-sitting:" + room.stream + ":" + cleared.id(), "online-attestation.incomplete.expired").get(0)
                .contains("\"becameF\":false"));
    }
}
