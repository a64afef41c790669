package kz.sabaq.attendance.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session page's counts add up to the roster (a flagged arrival counts by its status, with the
 * flags counted beside), and "mark all remaining" marks only those without a mark, once.
 */
class RosterCountsTest {
    private static final Pattern COUNT = Pattern.compile("data-count=\"(\\w+)\">(\\d+)<");
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
    void presentLateAbsentAndNotYetAddUpToTheRosterAndAFlaggedOnTimeArrivalIsOnTime() {
        // The room's network is not the tests' loopback: every scan is flagged as outside the room.
        Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
        Classroom.Listener flaggedOnTime = room.listener("Ахметова");
        Classroom.Listener confirmedLate = room.listener("Бекова");
        Classroom.Listener rejected = room.listener("Жанова");
        Classroom.Listener markedAbsent = room.listener("Ержанова");
        Classroom.Listener markedPresent = room.listener("Зейнолла");
        room.listener("Қасымова");
        room.at("13:05");
        room.scan(flaggedOnTime, "in");
        room.scan(rejected, "in");
        room.at("13:20");
        room.scan(confirmedLate, "in");
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);
        review(room, confirmedLate, "confirm");
        review(room, rejected, "reject");
        manual(room, markedAbsent, "absent");
        manual(room, markedPresent, "present");

        String page = teacher.get("/attendance-qr/sessions/" + room.session).body();
        Map<String, Integer> counts = counts(page);

        assertEquals(2, counts.get("present"), "the flagged on-time arrival and the one marked present: " + counts);
        assertEquals(1, counts.get("late"));
        assertEquals(2, counts.get("absent"), "the rejected mark and the one marked absent");
        assertEquals(1, counts.get("notYet"));
        assertEquals(1, counts.get("flagged"), "one flag still waits for the trainer");
        assertTrue(page.contains("class=\"pill att-suspicious\">Күдікті, тексеру керек"), "and stands out");
        assertEquals(6, counts.get("present") + counts.get("late") + counts.get("absent") + counts.get("notYet"),
                "the parts add up to the roster");
    }

    @Test
    void markAllRemainingAbsentChangesOnlyThoseWithoutAMarkWithHistoryAndAuditAndASecondClickChangesNothing() {
        Classroom room = new Classroom(server);
        Classroom.Listener scanned = room.listener("Ахметова");
        Classroom.Listener first = room.listener("Бекова");
        Classroom.Listener second = room.listener("Жанова");
        room.at("13:05");
        room.scan(scanned, "in");
        room.at("14:05");
        WebClient teacher = room.teacherWeb();
        String page = teacher.get("/attendance-qr/sessions/" + room.session).body();
        assertTrue(page.contains("/remaining\""), "the form is offered while someone has no mark");

        WebClient.Page done = teacher.post("/attendance-qr/sessions/" + room.session + "/remaining", Map.of("mark", "absent"));
        WebClient.Page again = teacher.post("/attendance-qr/sessions/" + room.session + "/remaining", Map.of("mark", "absent"));

        assertEquals(303, done.status(), done.body());
        assertEquals(303, again.status());
        assertEquals("ON_TIME", room.mark(scanned, "in").status(), "a mark that was there stays");
        assertEquals("ABSENT", room.mark(first, "in").status());
        assertEquals("ABSENT", room.mark(second, "in").status());
        assertEquals(3, room.marks().size());
        assertEquals(List.of("null>ABSENT ALL_REMAINING", "null>ABSENT ALL_REMAINING"),
                room.strings("SELECT CONCAT(COALESCE(status_before, 'null'), '>', status_after, ' ', reason) "
                        + "FROM att_mark_change WHERE session_id = ? ORDER BY id", room.session), "once each");
        assertEquals(2, room.strings("SELECT action FROM audit_event WHERE action = 'attendance-qr.mark.manual' AND object = ?",
                "session:" + room.session).size(), "audited as manual marks, once each");
        WebClient.Page after = teacher.get("/attendance-qr/sessions/" + room.session);
        assertEquals(0, counts(after.body()).get("notYet"));
        assertFalse(after.contains("/remaining\""), "nobody is left to mark");
        assertTrue(after.contains("class=\"pill\">Күдікті, тексеру керек"), "no flag: nothing stands out");
    }

    @Test
    void twoClicksAtTheSameTimeMarkEachListenerOnce() throws Exception {
        Classroom room = new Classroom(server);
        for (String surname : List.of("Ахметова", "Бекова", "Жанова", "Ержанова")) {
            room.listener(surname);
        }
        room.at("14:05");
        String path = "/attendance-qr/sessions/" + room.session + "/remaining";
        WebClient first = room.teacherWeb();
        WebClient second = server.client();
        second.login(room.teacherIin);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (WebClient tab : List.of(first, second)) {
                tab.get("/attendance-qr/sessions/" + room.session);
                answers.add(pool.submit(() -> {
                    go.await();
                    return tab.post(path, Map.of("mark", "absent")).status();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(303, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(4, room.marks().size());
        assertEquals(4, room.strings("SELECT id FROM att_mark_change WHERE session_id = ?", room.session).size(),
                "each listener marked once by one of the two");
    }

    @Test
    void markAllRemainingPresentRecordsManuallyMarked() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:30");
        room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/remaining",
                Map.of("mark", "present")).status());

        assertEquals("MANUAL", room.mark(listener, "in").status());
        assertEquals("MANUAL", room.mark(listener, "in").source());
    }

    @Test
    void markAllRemainingIsRefusedWithoutTheTokenTheRightOrAnArrivalChoice() {
        Classroom room = new Classroom(server);
        room.listener("Ахметова");
        String path = "/attendance-qr/sessions/" + room.session + "/remaining";
        WebClient teacher = room.teacherWeb();
        teacher.get("/attendance-qr/sessions/" + room.session);

        assertEquals(403, teacher.postRaw(path, Map.of("mark", "absent")).status(), "no CSRF token");
        assertEquals(403, loggedIn(StandardRoles.TEACHER).post(path, Map.of("mark", "absent")).status(), "another teacher");
        assertEquals(403, loggedIn(StandardRoles.HEAD_OF_DEPARTMENT).post(path, Map.of("mark", "absent")).status(),
                "one who only sees the session");
        WebClient.Page departure = teacher.post(path, Map.of("mark", "leftEarly"));
        assertEquals(400, departure.status());
        assertTrue(departure.contains("«Келді» немесе «Келмеді» мәнін таңдаңыз."), departure.body());
        assertEquals(400, teacher.post(path, Map.of("mark", "everyone")).status());
        assertEquals(List.of(), room.marks(), "nothing changed");
    }

    private static void review(Classroom room, Classroom.Listener listener, String decision) {
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/review",
                Map.of("mark", String.valueOf(room.mark(listener, "in").id()), "decision", decision)).status());
    }

    private static void manual(Classroom room, Classroom.Listener listener, String mark) {
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/manual",
                Map.of("student", String.valueOf(listener.id()), "mark", mark, "reason", "NO_PHONE", "note", "")).status());
    }

    private static Map<String, Integer> counts(String page) {
        Map<String, Integer> found = new HashMap<>();
        Matcher m = COUNT.matcher(page);
        while (m.find()) {
            found.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return found;
    }

    private static WebClient loggedIn(String role) {
        return Classroom.someoneElse(server, role);
    }
}
