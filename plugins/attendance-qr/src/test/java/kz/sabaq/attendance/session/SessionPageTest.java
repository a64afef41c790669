package kz.sabaq.attendance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Generator;
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
        return Classroom.someoneElse(server, role);
    }

    @Test
    void onlyTheStreamsTeacherOrARoleWithTheAllStreamsRightOpensTheSessionPage() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String page = "/attendance-qr/sessions/" + room.session;

        assertEquals(200, room.teacherWeb().get(page).status());
        assertEquals(403, loggedIn(StandardRoles.TEACHER).get(page).status(), "another teacher");
        assertEquals(403, listener.web().get(page).status(), "a listener");
        WebClient other = loggedIn(StandardRoles.TEACHER);
        assertEquals(403, other.send(HttpRequest.newBuilder(URI.create(other.url(page + "/qr/in.png")))
                .header("Accept", "image/png").GET().build()).status(), "nor its image");
        assertEquals(403, loggedIn(StandardRoles.TEACHER).getJson(page + "/code/in").status(), "nor its code");
        assertEquals(200, loggedIn(StandardRoles.ADMINISTRATOR).get(page).status(), "the administrator's all-streams right");
        assertEquals(404, room.teacherWeb().get("/attendance-qr/sessions/987654321").status());
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

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertTrue(page.contains("Ахметова Айжан") && page.contains("Бекова Айжан") && page.contains("Жоқ Айжан"));
        assertTrue(page.contains("13:09:00") && page.contains("13:14:00"));
        assertTrue(page.contains("data-count=\"present\">1<"), page.body());
        assertTrue(page.contains("data-count=\"late\">1<"));
        assertTrue(page.contains("data-count=\"notYet\">1<"), "one has not marked");
    }

    @Test
    void theSessionsListShowsTheTeachersClassesOfTheWeek() {
        Classroom room = new Classroom(server);

        WebClient.Page list = room.teacherWeb().get("/attendance-qr");

        assertEquals(200, list.status());
        assertTrue(list.contains("href=\"/attendance-qr/sessions/" + room.session + "\""), list.body());
        assertTrue(list.contains("Дүйсенбі, 14.09.2026") && list.contains("13:10–14:00"), list.body());
    }

    @Test
    void aManualMarkStoresWhoWhenAndWhyAndCanBeChangedAgainKeepingTheHistory() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:20");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);

        WebClient.Page saved = teacher.post("/attendance-qr/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE", "note", ""));
        assertEquals(303, saved.status(), saved.body());
        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("MANUAL", mark.status());
        assertEquals("MANUAL", mark.source());
        assertTrue(teacher.get("/attendance-qr/sessions/" + room.session).contains("data-status=\"manual\""));

        room.at("13:40");
        teacher.post("/attendance-qr/sessions/" + room.session + "/manual", Map.of("student", String.valueOf(listener.id()),
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
    void theRosterMarksWhatTheTrainerMarkedByHandWhenItsStatusDoesNotSaySo() {
        Classroom room = new Classroom(server);
        Classroom.Listener absent = room.listener("Ахметова");
        Classroom.Listener present = room.listener("Бекова");
        Classroom.Listener scanned = room.listener("Жүсіпова");
        room.at("13:09");
        room.scan(scanned, "in");
        room.at("13:20");
        WebClient teacher = room.teacherWeb();
        String path = "/attendance-qr/sessions/" + room.session;
        teacher.get(path);
        assertEquals(303, teacher.post(path + "/manual", Map.of("student", String.valueOf(absent.id()), "mark", "absent",
                "reason", "OTHER", "note", "Келмеді")).status());
        assertEquals(303, teacher.post(path + "/manual", Map.of("student", String.valueOf(present.id()), "mark", "present",
                "reason", "NO_PHONE", "note", "")).status());

        String page = teacher.get(path).body();
        String absentRow = Classroom.rosterRow(page, absent.id());
        assertTrue(absentRow.contains("data-source=\"manual\">қолмен</span>"), absentRow);
        assertFalse(Classroom.rosterRow(page, present.id()).contains("data-source=\"manual\""),
                "\"қолмен белгіленді\" says it already: " + Classroom.rosterRow(page, present.id()));
        assertFalse(Classroom.rosterRow(page, scanned.id()).contains("data-source=\"manual\""), "a scan is no manual mark");

        room.at("14:05");
        assertEquals(303, teacher.post(path + "/manual", Map.of("student", String.valueOf(present.id()), "mark", "leftOnTime",
                "reason", "NO_PHONE", "note", "")).status());
        String row = Classroom.rosterRow(teacher.get(path).body(), present.id());
        assertEquals(1, row.split("data-source=\"manual\"", -1).length - 1, "the departure only: " + row);
        teacher.post("/lang", Map.of("lang", "ru", "return", path));
        assertTrue(Classroom.rosterRow(teacher.get(path).body(), absent.id()).contains(">вручную</span>"));
        teacher.post("/lang", Map.of("lang", "en", "return", path));
        assertTrue(Classroom.rosterRow(teacher.get(path).body(), absent.id()).contains(">by hand</span>"));
    }

    @Test
    void aManualMarkNeedsAReasonAndOtherNeedsANote() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);
        String student = String.valueOf(listener.id());

        WebClient.Page noReason = teacher.post("/attendance-qr/sessions/" + room.session + "/manual",
                Map.of("student", student, "mark", "present", "reason", ""));
        WebClient.Page noNote = teacher.post("/attendance-qr/sessions/" + room.session + "/manual",
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
        otherTeacher.get("/attendance-qr");

        assertEquals(403, otherTeacher.post("/attendance-qr/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE")).status());
        room.teacherWeb().get("/attendance-qr");
        assertEquals(400, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/manual",
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
        teacher.get("/attendance-qr/sessions/" + room.session);
        String review = "/attendance-qr/sessions/" + room.session + "/review";

        assertEquals(303, teacher.post(review, Map.of("mark", String.valueOf(room.mark(confirmed, "in").id()),
                "decision", "confirm")).status());
        assertEquals(303, teacher.post(review, Map.of("mark", String.valueOf(room.mark(rejected, "in").id()),
                "decision", "reject")).status());
        WebClient.Page again = teacher.post(review, Map.of("mark", String.valueOf(room.mark(rejected, "in").id()),
                "decision", "confirm"));

        assertEquals(409, again.status());
        assertEquals("CONFIRMED", room.mark(confirmed, "in").review());
        assertEquals("REJECTED", room.mark(rejected, "in").review());
        WebClient.Page page = teacher.get("/attendance-qr/sessions/" + room.session);
        assertTrue(page.contains("қабылданбады"));
        assertTrue(page.contains("data-count=\"absent\">1<"), "a rejected mark counts as absent");
        assertTrue(page.contains("data-count=\"present\">1<"), "the confirmed one as present");
        assertEquals(2, room.strings("SELECT review_after FROM att_mark_change WHERE session_id = ?", room.session).size());
    }

    @Test
    void aHeadOfDepartmentSeesTheSessionButDoesNotMarkByHand() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient head = loggedIn(StandardRoles.HEAD_OF_DEPARTMENT);

        WebClient.Page page = head.get("/attendance-qr/sessions/" + room.session);

        assertEquals(200, page.status());
        assertFalse(page.contains("/manual\""), "no manual form in read mode");
        assertEquals(403, head.post("/attendance-qr/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", "present", "reason", "NO_PHONE")).status());
        assertNull(room.marks().stream().findFirst().orElse(null));
    }

    @Test
    void aRoleWithTheAllStreamsRightListsTheDaysClassesOfEveryStreamItsRestrictionsAdmit() {
        Classroom open = new Classroom(server);
        Classroom elsewhere = new Classroom(server);
        Generator gen = elsewhere.academic.generator();
        gen.placeInDepartment(elsewhere.stream, gen.department().create());
        String day = "/attendance-qr?day=2026-09-14";
        String openLink = "href=\"/attendance-qr/sessions/" + open.session + "\"";
        String elsewhereLink = "href=\"/attendance-qr/sessions/" + elsewhere.session + "\"";

        WebClient.Page admin = loggedIn(StandardRoles.ADMINISTRATOR).get(day);
        assertEquals(200, admin.status());
        assertTrue(admin.contains("id=\"all-streams\"") && admin.contains(openLink) && admin.contains(elsewhereLink),
                admin.body());
        assertTrue(admin.contains("14.09.2026"));

        WebClient head = loggedIn(StandardRoles.HEAD_OF_DEPARTMENT);
        WebClient.Page headList = head.get(day);
        assertTrue(headList.contains(openLink), "a stream tied to no department");
        assertFalse(headList.contains(elsewhereLink), "another department's stream");
        assertEquals(403, head.get("/attendance-qr/sessions/" + elsewhere.session).status(), "nor opens it");

        WebClient.Page teacher = loggedIn(StandardRoles.TEACHER).get(day);
        assertEquals(200, teacher.status());
        assertFalse(teacher.contains("all-streams") || teacher.contains(openLink), "a teacher lists only their own");

        WebClient.Page otherDay = loggedIn(StandardRoles.ADMINISTRATOR).get("/attendance-qr?day=2026-09-15");
        assertFalse(otherDay.contains(openLink));
        assertEquals(400, loggedIn(StandardRoles.ADMINISTRATOR).get("/attendance-qr?day=yesterday").status());
    }

    @Test
    void theTrainerMarksADepartureByHandWithAReasonAndHistoryOnlyAfterAnArrival() {
        Classroom room = new Classroom(server);
        Classroom.Listener here = room.listener("Ахметова");
        Classroom.Listener away = room.listener("Жоқ");
        room.at("13:08");
        room.scan(here, "in");
        room.at("13:30");
        WebClient teacher = room.teacherWeb();
        WebClient.Page page = teacher.get("/attendance-qr/sessions/" + room.session);
        assertEquals(1, page.body().split("value=\"leftEarly\"", -1).length - 1, "offered only for the one who arrived");
        String manual = "/attendance-qr/sessions/" + room.session + "/manual";

        WebClient.Page refused = teacher.post(manual, Map.of("student", String.valueOf(away.id()), "mark", "leftEarly",
                "reason", "NO_PHONE", "note", ""));
        assertEquals(409, refused.status());
        assertTrue(refused.contains("келгені белгіленген"), refused.body());
        assertEquals(1, room.marks().size(), "nothing recorded");

        WebClient.Page saved = teacher.post(manual, Map.of("student", String.valueOf(here.id()), "mark", "leftEarly",
                "reason", "TECHNICAL_FAULT", "note", ""));
        assertEquals(303, saved.status(), saved.body());
        Classroom.Row out = room.mark(here, "out");
        assertEquals("LEFT_EARLY", out.status());
        assertEquals("MANUAL", out.source());
        assertEquals("ON_TIME", room.mark(here, "in").status(), "the arrival stays as scanned");

        room.at("14:05");
        teacher.post(manual, Map.of("student", String.valueOf(here.id()), "mark", "leftOnTime", "reason", "OTHER",
                "note", "Сабақ соңына дейін болды"));
        assertEquals("LEFT_ON_TIME", room.mark(here, "out").status());
        assertEquals(List.of("OUT null>LEFT_EARLY TECHNICAL_FAULT", "OUT LEFT_EARLY>LEFT_ON_TIME OTHER"),
                room.strings("SELECT CONCAT(phase, ' ', COALESCE(status_before, 'null'), '>', status_after, ' ', reason) "
                        + "FROM att_mark_change WHERE session_id = ? ORDER BY id", room.session));
        assertEquals(400, teacher.post(manual, Map.of("student", String.valueOf(here.id()), "mark", "gone",
                "reason", "NO_PHONE", "note", "")).status());
    }
}
