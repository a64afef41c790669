package kz.sabaq.attendance.session;

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

/**
 * What the trainer's pages show by the server's clock: the code only while a scan would be taken
 * (a banner with the times otherwise), and the week of sessions with the class going on now marked.
 * The session is on Monday 14 September 2026, 13:10–14:00; check-in opens 15 minutes before.
 */
class SessionClockTest {
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
    void beforeTheWindowABannerSaysWhenItOpensInsteadOfACodeAndThePageReloadsItselfThen() {
        Classroom room = new Classroom(server);
        room.at("12:50");

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertTrue(page.contains("data-att-banner=\"notOpen\""), page.body());
        assertTrue(page.contains("Белгілеу әлі ашылған жоқ") && page.contains("12:55 – 14:00"), page.body());
        assertFalse(page.contains("att-qr-image"), "no code that would be refused");
        assertTrue(page.contains("data-att-changes-in=\"300000\""), "five minutes until it opens");
        room.listener("Ахметова");
        assertFalse(room.teacherWeb().get("/attendance-qr/sessions/" + room.session).contains("/remaining\""),
                "nobody is marked absent at once before the class");
    }

    @Test
    void insideTheWindowTheCodeIsShown() {
        Classroom room = new Classroom(server);
        room.at("12:55");

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session + "?phase=in");

        assertTrue(page.contains("id=\"att-qr-image\""), page.body());
        assertFalse(page.contains("data-att-banner"));
    }

    @Test
    void afterTheWindowEachPhaseSaysItClosedAndCheckOutStaysOpenLonger() {
        Classroom room = new Classroom(server);
        room.listener("Ахметова");
        room.at("14:05");
        WebClient teacher = room.teacherWeb();

        WebClient.Page in = teacher.get("/attendance-qr/sessions/" + room.session + "?phase=in");
        WebClient.Page out = teacher.get("/attendance-qr/sessions/" + room.session + "?phase=out");
        room.at("14:16");
        WebClient.Page outLater = teacher.get("/attendance-qr/sessions/" + room.session + "?phase=out");

        assertTrue(in.contains("data-att-banner=\"closed\"") && in.contains("Белгілеу жабылды"), in.body());
        assertFalse(in.contains("att-qr-image"));
        assertTrue(in.contains("/remaining\""), "once closed, those without a mark can be marked at once");
        assertTrue(out.contains("id=\"att-qr-image\""), "check-out is taken until 14:15");
        assertTrue(outLater.contains("data-att-banner=\"closed\"") && outLater.contains("12:55 – 14:15"), outLater.body());
        assertFalse(outLater.contains("data-att-changes-in"), "nothing changes any more");
    }

    @Test
    void theWeekIsGroupedByDayWithTheClassGoingOnNowMarked() {
        Classroom room = new Classroom(server);
        long wednesday = room.academic.session(room.stream, room.room, Classroom.DAY.plusDays(2).atTime(9, 0),
                Classroom.DAY.plusDays(2).atTime(9, 50));
        long nextWeek = room.academic.session(room.stream, room.room, Classroom.DAY.plusDays(7).atTime(10, 0),
                Classroom.DAY.plusDays(7).atTime(10, 50));
        room.at("13:30");

        String list = room.teacherWeb().get("/attendance-qr").body();

        assertTrue(list.contains("Апта: 14.09.2026 – 20.09.2026"), list);
        assertTrue(list.indexOf("Дүйсенбі, 14.09.2026") < list.indexOf("Сәрсенбі, 16.09.2026"), "days in order");
        assertTrue(list.contains("/attendance-qr/sessions/" + wednesday + "\""));
        assertFalse(list.contains("/attendance-qr/sessions/" + nextWeek + "\""), "next week's class is on the next page");
        String now = tile(list, room.session);
        assertTrue(now.contains("aria-current=\"time\"") && now.contains("қазір"), now);
        assertFalse(tile(list, wednesday).contains("aria-current"), "not going on now");
        assertTrue(list.contains("href=\"/attendance-qr?week=2026-09-07\"") && list.contains("href=\"/attendance-qr?week=2026-09-21\""));
        assertFalse(list.contains(">Осы апта<"), "already this week");
    }

    @Test
    void anotherWeekIsReachedByAnyOfItsDaysAndLeadsBack() {
        Classroom room = new Classroom(server);
        long nextWeek = room.academic.session(room.stream, room.room, Classroom.DAY.plusDays(7).atTime(10, 0),
                Classroom.DAY.plusDays(7).atTime(10, 50));
        WebClient teacher = room.teacherWeb();

        String list = teacher.get("/attendance-qr?week=2026-09-23").body();

        assertTrue(list.contains("Апта: 21.09.2026 – 27.09.2026"), list);
        assertTrue(list.contains("/attendance-qr/sessions/" + nextWeek + "\""));
        assertFalse(list.contains("/attendance-qr/sessions/" + room.session + "\""));
        assertFalse(tile(list, nextWeek).contains("aria-current"), "it is not going on now");
        assertTrue(list.contains(">Осы апта<"), "a link back to this week");
        WebClient.Page bad = teacher.get("/attendance-qr?week=next");
        assertEquals(400, bad.status());
        assertTrue(bad.contains("ЖЖЖЖ-АА-КК"), bad.body());
    }

    @Test
    void onSundayTheWeekEndsThatDay() {
        Classroom room = new Classroom(server);
        server.clock().set(Classroom.utc(Classroom.DAY.minusDays(1).atTime(12, 0)));

        String list = room.teacherWeb().get("/attendance-qr").body();

        assertTrue(list.contains("Апта: 07.09.2026 – 13.09.2026"), list);
        assertFalse(list.contains("/attendance-qr/sessions/" + room.session + "\""), "Monday's class is next week");
    }

    private static String tile(String list, long session) {
        int href = list.indexOf("href=\"/attendance-qr/sessions/" + session + "\"");
        assertTrue(href > 0, list);
        int start = list.lastIndexOf("<a ", href);
        return list.substring(start, list.indexOf("</a>", href));
    }
}
