package kz.sabaq.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer's session page: who may open it, what it lists, manual marks and reviews. */
class SessionPageTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient loggedIn(String role) {
        String iin = Iins.next();
        server.user(iin, "Басқа", "Адам", role);
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    @Test
    void onlyTheStreamsTeacherOrARoleWithTheAllStreamsRightOpensTheSessionPage() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String page = "/attendance/sessions/" + room.session;

        assertEquals(200, room.teacherWeb().get(page).status());
        assertEquals(403, loggedIn(StandardRoles.TEACHER).get(page).status(), "another teacher");
        assertEquals(403, listener.web().get(page).status(), "a listener");
        WebClient other = loggedIn(StandardRoles.TEACHER);
        assertEquals(403, other.send(HttpRequest.newBuilder(URI.create(other.url(page + "/qr/in.png")))
                .header("Accept", "image/png").GET().build()).status(), "nor its image");
        assertEquals(403, loggedIn(StandardRoles.TEACHER).getJson(page + "/code/in").status(), "nor its code");
        assertEquals(200, loggedIn(StandardRoles.ADMINISTRATOR).get(page).status(), "the administrator's all-streams right");
        assertEquals(404, room.teacherWeb().get("/attendance/sessions/987654321").status());
    }

    @Test
    void theListShowsEveryListenerWithStatusTimeAndCountsByStatus() {
        Classroom room = new Classroom(server);
        Classroom.Listener onTime = room.listener("Ахметова");
        Classroom.Listener late = room.listener("Бекова");
        room.listener("Жоқ");
        room.at("13:09");
        room.scan(onTime, "in");
        room.at("13:14");
        room.scan(late, "in");

        WebClient.Page page = room.teacherWeb().get("/attendance/sessions/" + room.session);

        assertTrue(page.contains("Ахметова Айжан") && page.contains("Бекова Айжан") && page.contains("Жоқ Айжан"));
        assertTrue(page.contains("13:09:00") && page.contains("13:14:00"));
        assertTrue(page.contains("data-count=\"onTime\">1<"), page.body());
        assertTrue(page.contains("data-count=\"late\">1<"));
        assertTrue(page.contains("data-count=\"absent\">1<"), "one has not marked");
    }

    @Test
    void theSessionsListShowsTheTeachersClassesOfTheWeek() {
        Classroom room = new Classroom(server);

        WebClient.Page list = room.teacherWeb().get("/attendance");

        assertEquals(200, list.status());
        assertTrue(list.contains("href=\"/attendance/sessions/" + room.session + "\""), list.body());
        assertTrue(list.contains("14.09.2026 13:10–14:00"));
    }

    @Test
    void aManualMarkStoresWhoWhenAndWhyAndCanBeChangedAgainKeepingTheHistory() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:20");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance/sessions/" + room.session);

        WebClient.Page saved = teacher.post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE", "note", ""));
        assertEquals(303, saved.status(), saved.body());
        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("MANUAL", mark.status());
        assertEquals("MANUAL", mark.source());
        assertTrue(teacher.get("/attendance/sessions/" + room.session).contains("қолмен белгілеу"));

        room.at("13:40");
        teacher.post("/attendance/sessions/" + room.session + "/manual", Map.of("student", String.valueOf(listener.id()),
                "mark", "absent", "reason", "OTHER", "note", "Басқа топқа барды"));

        assertEquals("ABSENT", room.mark(listener, "in").status());
        assertEquals(1, room.marks().size());
        assertEquals(List.of("null>MANUAL by " + room.teacher + " NO_PHONE", "MANUAL>ABSENT by " + room.teacher + " OTHER"),
                room.strings("SELECT CONCAT(COALESCE(status_before, 'null'), '>', status_after, ' by ', changed_by, ' ', reason) "
                        + "FROM att_mark_change WHERE session_id = ? ORDER BY id", room.session));
        assertEquals(List.of("Басқа топқа барды"),
                room.strings("SELECT note FROM att_mark_change WHERE session_id = ? AND note IS NOT NULL", room.session));
        assertEquals(2, room.strings("SELECT action FROM audit_event WHERE action = 'attendance-qr.mark.manual' AND object = ?",
                "session:" + room.session).size());
    }

    @Test
    void aManualMarkNeedsAReasonAndOtherNeedsANote() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance/sessions/" + room.session);
        String student = String.valueOf(listener.id());

        WebClient.Page noReason = teacher.post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", student, "mark", "present", "reason", ""));
        WebClient.Page noNote = teacher.post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", student, "mark", "present", "reason", "OTHER", "note", " "));

        assertEquals(400, noReason.status());
        assertTrue(noReason.contains("Қолмен белгілеу себебін таңдаңыз."));
        assertEquals(400, noNote.status());
        assertTrue(noNote.contains("«Басқа» себебі үшін ескертпе жазыңыз."));
        assertEquals(List.of(), room.marks());
    }

    @Test
    void onlyTheStreamsTeacherMarksByHandAndOnlyTheStreamsListeners() {
        Classroom room = new Classroom(server);
        Classroom other = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        Classroom.Listener stranger = other.listener("Бөтен");
        WebClient otherTeacher = loggedIn(StandardRoles.TEACHER);
        otherTeacher.get("/attendance");

        assertEquals(403, otherTeacher.post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE")).status());
        room.teacherWeb().get("/attendance");
        assertEquals(400, room.teacherWeb().post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(stranger.id()), "mark", "present", "reason", "NO_PHONE")).status());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void theTrainerConfirmsOrRejectsASuspiciousMarkOnceAndTheDecisionIsKept() {
        Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
        Classroom.Listener confirmed = room.listener("Ахметова");
        Classroom.Listener rejected = room.listener("Бекова");
        room.scan(confirmed, "in");
        room.scan(rejected, "in");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance/sessions/" + room.session);
        String review = "/attendance/sessions/" + room.session + "/review";

        assertEquals(303, teacher.post(review, Map.of("mark", String.valueOf(room.mark(confirmed, "in").id()),
                "decision", "confirm")).status());
        assertEquals(303, teacher.post(review, Map.of("mark", String.valueOf(room.mark(rejected, "in").id()),
                "decision", "reject")).status());
        WebClient.Page again = teacher.post(review, Map.of("mark", String.valueOf(room.mark(rejected, "in").id()),
                "decision", "confirm"));

        assertEquals(409, again.status());
        assertEquals("CONFIRMED", room.mark(confirmed, "in").review());
        assertEquals("REJECTED", room.mark(rejected, "in").review());
        WebClient.Page page = teacher.get("/attendance/sessions/" + room.session);
        assertTrue(page.contains("қабылданбады"));
        assertTrue(page.contains("data-count=\"absent\">1<"), "a rejected mark does not count as present");
        assertEquals(2, room.strings("SELECT review_after FROM att_mark_change WHERE session_id = ?", room.session).size());
    }

    @Test
    void aHeadOfDepartmentSeesTheSessionButDoesNotMarkByHand() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient head = loggedIn(StandardRoles.HEAD_OF_DEPARTMENT);

        WebClient.Page page = head.get("/attendance/sessions/" + room.session);

        assertEquals(200, page.status());
        assertFalse(page.contains("/manual\""), "no manual form in read mode");
        assertEquals(403, head.post("/attendance/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE")).status());
        assertNull(room.marks().stream().findFirst().orElse(null));
    }
}
