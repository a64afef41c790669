package kz.sabaq.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listener sees their own sessions, statuses, absences, latenesses, permits and admission. */
class MyAttendancePageTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theListenerSeesEachSessionWithItsStatusAndIsToldWhenNotAdmitted() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        Classroom.Listener diligent = room.listener("Бекова");
        room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(1).atTime(13, 10),
                Classroom.DAY.minusDays(1).atTime(14, 0));
        room.at("13:12");
        room.scan(listener, "in");
        room.scan(diligent, "in");
        room.at("15:00");

        WebClient.Page page = listener.web().get("/attend/mine");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("14.09.2026 13:10") && page.contains("кешікті 13:12"), page.body());
        assertTrue(page.contains("13.09.2026 13:10") && page.contains("Белгіленбеген"));
        assertTrue(page.contains("Жіберілген сабақтар: 1 (дәлелді себеппен: 0), кешігулер: 1, барлығы 2 сабақ"));
        assertTrue(page.contains("Емтиханға жіберілмейді"), "1 absence of 2 is over 30 %");
        WebClient.Page other = diligent.web().get("/attend/mine");
        assertTrue(other.contains("Емтиханға жіберілмейді"));
        assertFalse(other.contains("Ахметова"), "only one's own marks");
    }

    @Test
    void aTeacherHasNoListenersPage() {
        Classroom room = new Classroom(server);

        assertEquals(403, room.teacherWeb().get("/attend/mine").status());
    }
}
