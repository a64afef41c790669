package kz.sabaq.attendance.online;

import static kz.sabaq.attendance.online.OnlineProposalTest.online;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A listener finds the conference of their own online classes on their attendance page: today's
 * sessions (the institution's day) of their groups' streams that have a conference, with the
 * discipline, the time and the join link, and never a secret field's value.
 */
class MyAttendanceOnlineTest {
    private static final String TITLE = "Бүгінгі онлайн сабақтар";
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OnlineServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String discipline(Classroom room) {
        return room.strings("SELECT d.name_kk FROM discipline d JOIN stream s ON s.discipline_id = d.id WHERE s.id = ?",
                room.stream).get(0);
    }

    private static WebClient.Page mine(Classroom.Listener listener) {
        WebClient.Page page = listener.web().get("/attendance-qr/check-in/mine");
        assertEquals(200, page.status(), page.body());
        return page;
    }

    private static String onlineSection(WebClient.Page page) {
        int start = page.body().indexOf("<section id=\"online\"");
        return start < 0 ? "" : page.body().substring(start, page.body().indexOf("</section>", start));
    }

    /** The link to core's join route for the session, as a page writes it. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static String join(long session) {
        return "href=\"/conference/attendance-qr/" + session + "/join\"";
    }

    @Test
    void aListenerSeesTodaysOnlineClassOfTheirGroupWithItsJoinLinkAndNoSecret() {
        Classroom room = new Classroom(server);
        assertEquals(303, OnlineConferenceTest.set(room.teacherWeb(), room.session, "mine-1",
                "https://meet.example.kz/mine-1", "s3cret-pass").status());
        long offline = room.academic.session(room.stream, room.room, Classroom.DAY.atTime(15, 0),
                Classroom.DAY.atTime(15, 50));
        long tomorrow = room.academic.session(room.stream, room.room, Classroom.DAY.plusDays(1).atTime(13, 10),
                Classroom.DAY.plusDays(1).atTime(14, 0));
        assertEquals(303, OnlineConferenceTest.set(room.teacherWeb(), tomorrow, "mine-1-next",
                "https://meet.example.kz/mine-1-next", "").status());
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("12:40");

        String section = onlineSection(mine(listener));

        assertTrue(section.contains(TITLE), section);
        assertTrue(section.contains("data-online-session=\"" + room.session + "\""), section);
        assertTrue(section.contains("<strong>" + discipline(room) + "</strong>"), section);
        assertTrue(section.contains("<time>13:10</time>–<time>14:00</time>"), "in the institution's time: " + section);
        assertTrue(section.contains("Журналы бар платформа"), section);
        assertTrue(section.contains(join(room.session)), section);
        WebClient.Page early = listener.web().get("/conference/attendance-qr/" + room.session + "/join");
        assertEquals(409, early.status(), "half an hour before the start is too early");
        assertTrue(early.contains("Конференцияға қосылуға әлі ерте: қосылу " + Classroom.DAY.format(DAY) + " 12:55 ашылады."),
                early.body());
        room.at("12:55");
        assertEquals("https://meet.example.kz/mine-1", listener.web().get("/conference/attendance-qr/" + room.session + "/join")
                .headers().firstValue("Location").orElseThrow(), "from 15 minutes before, core's join route sends the listener on to the link");
        room.at("14:00");
        assertTrue(listener.web().get("/conference/attendance-qr/" + room.session + "/join").contains("Конференция "
                + Classroom.DAY.format(DAY) + " 14:00 аяқталды"), "and nobody joins once it ended");
        assertTrue(section.contains("Конференцияға қосылу"), section);
        assertFalse(section.contains("data-online-session=\"" + offline + "\""), "no conference, no line");
        assertFalse(section.contains(join(tomorrow)), "tomorrow's class is not today's");
        assertFalse(mine(listener).contains("s3cret-pass"), "a secret value is never shown");
    }

    @Test
    void onlyTheListenersOwnGroupsSessionsAreShown() {
        Classroom theirs = online(server, "mine-own");
        Classroom other = online(server, "mine-other");
        Classroom.Listener listener = theirs.listener("Ахметова");
        Classroom.Listener stranger = other.listener("Бекова");

        WebClient.Page page = mine(listener);

        assertTrue(page.contains(join(theirs.session)), page.body());
        assertFalse(page.contains(join(other.session)), "another group's class");
        WebClient.Page others = mine(stranger);
        assertTrue(others.contains(join(other.session)), others.body());
        assertFalse(others.contains(join(theirs.session)));
    }

    @Test
    void todayIsTheInstitutionsDayNotTheServersUtcDay() {
        Classroom room = online(server, "mine-zone");
        Classroom.Listener listener = room.listener("Ахметова");

        room.at("00:30");
        WebClient.Page early = mine(listener);
        assertTrue(early.contains(join(room.session)),
                "00:30 in Almaty is the class day, though still the day before in UTC: " + early.body());
        server.clock().set(Classroom.utc(Classroom.DAY.plusDays(1).atTime(0, 30)));
        assertFalse(mine(listener).contains(join(room.session)), "00:30 the next day in Almaty is still the class day in UTC");
        assertFalse(mine(listener).contains(TITLE), "no online class today, no section");
    }

    @Test
    void aListenerWithoutOnlineClassesTodaySeesNoSection() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");

        assertFalse(mine(listener).contains(TITLE));
    }
}
