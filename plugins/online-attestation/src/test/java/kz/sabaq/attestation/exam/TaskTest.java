package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without tickets staff write an individual task on the student's page until the answer is sent. */
class TaskTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTeacherWritesATaskAndTheStudentSeesItOnceTheSlotHasCome() {
        ExamRoom room = new ExamRoom(server, false);
        ExamRoom.Student s = room.student("Ахметова");
        room.teacherWeb().get(s.page());

        WebClient.Page saved = room.teacherWeb().post(s.page() + "/task",
                Map.of("task", "<p>Эссе жазыңыз</p><script>steal()</script>"));

        assertEquals(303, saved.status(), saved.body());
        assertFalse(s.web().get(s.page()).contains("Эссе жазыңыз"), "not before the slot");
        room.at("10:00");
        WebClient.Page page = s.web().get(s.page());
        assertTrue(page.contains("<p>Эссе жазыңыз</p>"), page.body());
        assertFalse(page.contains("steal()"));
        assertTrue(page.contains("data-oa-answer-form"), "a given task opens the answers block");
    }

    @Test
    void theTaskCannotChangeOnceTheStudentHasAnswered() {
        ExamRoom room = new ExamRoom(server, false);
        ExamRoom.Student s = room.student("Ахметова");
        room.teacherWeb().get(s.page());
        room.teacherWeb().post(s.page() + "/task", Map.of("task", "<p>Бірінші тапсырма</p>"));
        room.at("10:10");
        s.web().get(s.page());
        assertEquals(303, s.web().post(s.page() + "/answer", Map.of("body", "<p>Тапсырманың жауабы</p>", "action", "send"))
                .status());
        assertNotNull(room.sitting(s, "answer_sent_at"));

        assertFalse(room.teacherWeb().get(s.page()).contains("id=\"task-edit\""));
        WebClient.Page refused = room.teacherWeb().post(s.page() + "/task", Map.of("task", "<p>Екінші</p>"));

        assertEquals(409, refused.status());
        assertEquals("<p>Бірінші тапсырма</p>", room.sitting(s, "task"));
    }

    @Test
    void noTaskWhenTheFinalControlIsByTicket() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.teacherWeb().get(s.page());

        assertEquals(409, room.teacherWeb().post(s.page() + "/task", Map.of("task", "<p>Тапсырма</p>")).status());
        assertEquals(null, room.sitting(s, "task"));
    }

    @Test
    void theStudentCannotWriteTheirOwnTask() {
        ExamRoom room = new ExamRoom(server, false);
        ExamRoom.Student s = room.student("Ахметова");
        s.web().get(s.page());

        assertEquals(403, s.web().post(s.page() + "/task", Map.of("task", "<p>Оңай тапсырма</p>")).status());
        assertEquals(null, room.sitting(s, "task"));
    }
}
