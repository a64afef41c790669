package kz.sabaq.attendance.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
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

        WebClient.Page page = listener.web().get("/attendance-qr/check-in/mine");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("14.09.2026 13:10") && page.contains("кешікті 13:12"), page.body());
        assertTrue(page.contains("13.09.2026 13:10") && page.contains("Белгіленбеген"));
        assertTrue(page.contains("data-absences=\"1\" data-excused=\"0\" data-latenesses=\"1\" data-sessions=\"2\""),
                "1 absence, none excused, 1 lateness of 2 classes");
        assertTrue(page.contains("data-not-admitted"), "1 absence of 2 is over 30 %");
        WebClient.Page other = diligent.web().get("/attendance-qr/check-in/mine");
        assertTrue(other.contains("data-not-admitted"));
        assertFalse(other.contains("Ахметова"), "only one's own marks");
    }

    @Test
    void aMarkFromTheConferencePlatformIsMarkedOnlineAsOnTheRoster() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        long yesterday = room.academic.session(room.stream, room.room, Classroom.DAY.minusDays(1).atTime(13, 10),
                Classroom.DAY.minusDays(1).atTime(14, 0));
        room.insertMark(yesterday, listener.id(), "IN", "ON_TIME", "ONLINE", Classroom.DAY.minusDays(1).atTime(13, 5));
        room.insertMark(yesterday, listener.id(), "OUT", "LEFT_ON_TIME", "ONLINE", Classroom.DAY.minusDays(1).atTime(14, 1));
        room.at("13:09");
        room.scan(listener, "in");
        room.at("15:00");

        String page = listener.web().get("/attendance-qr/check-in/mine").body();

        assertEquals(2, row(page, "13.09.2026 13:10").split("data-source=\"online\">онлайн</span>", -1).length - 1,
                "arrival and departure: " + row(page, "13.09.2026 13:10"));
        assertFalse(row(page, "14.09.2026 13:10").contains("data-source=\"online\""), "a scan is no online mark");
        listener.web().post("/lang", Map.of("lang", "en", "return", "/attendance-qr/check-in/mine"));
        assertTrue(row(listener.web().get("/attendance-qr/check-in/mine").body(), "13.09.2026 13:10").contains(">online</span>"));
    }

    /** The row of the listener's recent sessions that starts with this date and time. */
    private static String row(String page, String when) {
        int start = page.indexOf("<td>" + when + "</td>");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aTeacherHasNoListenersPage() {
        Classroom room = new Classroom(server);

        assertEquals(403, room.teacherWeb().get("/attendance-qr/check-in/mine").status());
    }
}
