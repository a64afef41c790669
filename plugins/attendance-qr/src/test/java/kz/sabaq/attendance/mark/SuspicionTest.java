package kz.sabaq.attendance.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Unusual marks are recorded, flagged with their reasons, and never dropped. */
class SuspicionTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A phone on which this listener scanned the arrival code, then logged out. */
    private static WebClient phoneUsedBy(Classroom room, String iin) {
        WebClient phone = server.client();
        phone.login(iin);
        assertEquals(200, phone.get(room.link("in")).status());
        phone.post("/logout", Map.of());
        return phone;
    }

    /** Both of the room's marks are recorded, pending the trainer's review, for a shared device. */
    private static void assertBothFlaggedForSharing(Classroom room) {
        List<Classroom.Row> marks = room.marks();
        assertEquals(2, marks.size(), "both marks are recorded");
        for (Classroom.Row m : marks) {
            assertEquals("PENDING", m.review(), "mark of " + m.studentId());
            assertEquals(List.of("SHARED_DEVICE"), room.signals(m.id()));
        }
    }

    @Test
    void oneBrowserMarkingForTwoListenersFlagsBothMarks() {
        Classroom room = new Classroom(server);
        String first = Iins.next();
        String second = Iins.next();
        long firstId = room.academic.student(first, "Ахметова", "Айжан", room.group);
        long secondId = room.academic.student(second, "Бекова", "Дана", room.group);
        WebClient phone = phoneUsedBy(room, first);
        phone.login(second);

        WebClient.Page page = phone.get(room.link("in"));

        assertEquals(200, page.status());
        assertBothFlaggedForSharing(room);
        assertEquals(List.of(String.valueOf(secondId)),
                room.strings("SELECT detail FROM att_signal WHERE mark_id = ?", room.mark(listenerOf(firstId), "in").id()));
    }

    @Test
    void aPhoneMarkingThreeListenersFlagsEachMarkWithTheOthers() {
        Classroom room = new Classroom(server);
        List<String> iins = List.of(Iins.next(), Iins.next(), Iins.next());
        List<Long> ids = List.of(room.academic.student(iins.get(0), "Ахметова", "Айжан", room.group),
                room.academic.student(iins.get(1), "Бекова", "Дана", room.group),
                room.academic.student(iins.get(2), "Сейітова", "Әлия", room.group));
        WebClient phone = server.client();
        for (String iin : iins) {
            phone.login(iin);
            assertEquals(200, phone.get(room.link("in")).status());
            phone.post("/logout", Map.of());
        }

        assertEquals(3, room.marks().size());
        for (Classroom.Row m : room.marks()) {
            assertEquals("PENDING", m.review(), "mark of " + m.studentId());
        }
        long last = room.mark(listenerOf(ids.get(2)), "in").id();
        assertEquals(List.of("SHARED_DEVICE"), room.signals(last));
        String named = room.strings("SELECT detail FROM att_signal WHERE mark_id = ?", last).get(0);
        assertTrue(named.equals(String.valueOf(ids.get(0))) || named.equals(String.valueOf(ids.get(1))),
                "the third mark names one of the two before it: " + named);
    }

    @Test
    void aPhoneThatLoggedInThroughTheReceiptIsStillOnePhone() {
        Classroom room = new Classroom(server);
        String first = Iins.next();
        String second = Iins.next();
        room.academic.student(first, "Ахметова", "Айжан", room.group);
        room.academic.student(second, "Бекова", "Дана", room.group);
        WebClient phone = phoneUsedBy(room, first);
        room.at("13:00:05");

        WebClient.Page scan = phone.get(room.link("in"));
        assertEquals(303, scan.status(), "not logged in: the scan goes through the login");
        String receipt = Classroom.receipt(scan);
        phone.login(second);
        assertEquals(200, phone.get(receipt).status());

        List<Classroom.Row> marks = room.marks();
        assertEquals(2, marks.size());
        marks.forEach(m -> assertEquals("PENDING", m.review(), "mark of " + m.studentId()));
    }

    @Test
    void aCodeTypedOnAPhoneThatScannedForSomeoneElseFlagsBothMarks() {
        Classroom room = new Classroom(server);
        String first = Iins.next();
        String second = Iins.next();
        room.academic.student(first, "Ахметова", "Айжан", room.group);
        long secondId = room.academic.student(second, "Бекова", "Дана", room.group);
        WebClient phone = phoneUsedBy(room, first);
        phone.login(second);
        phone.get("/attendance-qr/check-in");

        assertEquals(200, phone.post("/attendance-qr/check-in/typed", Map.of("code", room.typed("in"))).status());

        assertEquals("TYPED", room.mark(listenerOf(secondId), "in").source());
        assertBothFlaggedForSharing(room);
    }

    @Test
    void aMemoryCopiedFromAnotherBrowserFlagsNoOne() {
        Classroom room = new Classroom(server);
        String first = Iins.next();
        String second = Iins.next();
        room.academic.student(first, "Ахметова", "Айжан", room.group);
        room.academic.student(second, "Бекова", "Дана", room.group);
        WebClient firstPhone = server.client();
        firstPhone.login(first);
        assertEquals(200, firstPhone.get(room.link("in")).status());
        String memory = firstPhone.cookie("sabaq_att_marks").orElseThrow();
        WebClient secondPhone = server.client();
        secondPhone.login(second);
        secondPhone.setCookie("sabaq_att_marks", memory, "/attendance-qr/check-in");

        assertEquals(200, secondPhone.get(room.link("in")).status());

        List<Classroom.Row> marks = room.marks();
        assertEquals(2, marks.size());
        marks.forEach(m -> assertNull(m.review(), "the memory is bound to the browser it was given to"));
    }

    @Test
    void aSessionNamedOnlyInTheMemoryCookieGetsNoSecret() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        room.academic.student(iin, "Ахметова", "Айжан", room.group);
        WebClient phone = server.client();
        phone.login(iin);
        phone.setCookie("sabaq_att_marks", "987654320:i5~i6:AAAAAAAAAAAAAAAAAAAAAA", "/attendance-qr/check-in");

        WebClient.Page page = phone.get(room.link("in"));

        assertEquals(200, page.status());
        assertNull(room.marks().get(0).review(), "a part for another session flags nothing here");
        assertEquals(List.of(), room.strings("SELECT session_id FROM att_session_secret WHERE session_id = 987654320"));
        List<String> set = page.headers().allValues("Set-Cookie");
        assertTrue(set.stream().anyMatch(c -> c.startsWith("sabaq_att_marks=" + room.session + ":i")),
                "the scanned session's mark is remembered: " + set);
        assertTrue(phone.cookie("sabaq_att_marks").orElseThrow().startsWith(room.session + ":i"),
                "the browser keeps the new memory in place of the one it had");
    }

    @Test
    void aListenerScanningAgainAndLeavingOnTheirOwnPhoneIsNotFlagged() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:05");
        assertEquals(200, room.scan(listener, "in").status());

        WebClient.Page again = room.scan(listener, "in");
        room.at("13:55");
        assertEquals(200, room.scan(listener, "out").status());

        assertEquals(200, again.status());
        assertTrue(again.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("sabaq_att_marks=")),
                "a mark the browser remembers sets no cookie");
        assertTrue(listener.web().cookie("sabaq_att_marks").orElseThrow()
                .startsWith(room.session + ":i" + listener.id() + "~o" + listener.id() + ":"), "both phases remembered");
        List<Classroom.Row> marks = room.marks();
        assertEquals(2, marks.size());
        marks.forEach(m -> assertNull(m.review(), m.phase() + " of the listener alone"));
        marks.forEach(m -> assertEquals(List.of(), room.signals(m.id())));
    }

    @Test
    void aScanFromOutsideTheRoomsNetworksIsSuspicious() {
        Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
        Classroom.Listener listener = room.listener("Ахметова");

        assertEquals(200, room.scan(listener, "in").status());

        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("PENDING", mark.review());
        assertEquals(List.of("OUTSIDE_NETWORK"), room.signals(mark.id()));
        assertEquals(List.of("127.0.0.1"), room.strings("SELECT detail FROM att_signal WHERE mark_id = ?", mark.id()));
    }

    @Test
    void aScanFromTheRoomsNetworkOrFromARoomWithoutNetworksIsNot() {
        Classroom inside = new Classroom(server);
        Classroom open = new Classroom(server, List.of(), null, null);
        Classroom.Listener a = inside.listener("Ахметова");
        Classroom.Listener b = open.listener("Бекова");

        inside.scan(a, "in");
        open.scan(b, "in");

        assertNull(inside.mark(a, "in").review());
        assertNull(open.mark(b, "in").review());
    }

    @Test
    void aPhonePositionOutsideTheRoomsRadiusIsSuspiciousAndInsideIsNot() {
        Classroom room = new Classroom(server);
        Classroom.Listener far = room.listener("Алыс");
        Classroom.Listener near = room.listener("Жақын");
        room.scan(far, "in");
        room.scan(near, "in");

        assertEquals(204, position(far, room.mark(far, "in").id(), 43.2500, 76.8897).status(), "about 1.2 km north");
        assertEquals(204, position(near, room.mark(near, "in").id(), 43.2395, 76.8900).status(), "about 60 m away");

        Classroom.Row farMark = room.mark(far, "in");
        assertEquals("PENDING", farMark.review());
        assertEquals(List.of("OUTSIDE_RADIUS"), room.signals(farMark.id()));
        assertNull(room.mark(near, "in").review());
    }

    @Test
    void aPositionIsTakenOnceAndOnlyForTheListenersOwnMark() {
        Classroom room = new Classroom(server);
        Classroom.Listener owner = room.listener("Ахметова");
        Classroom.Listener other = room.listener("Бекова");
        room.scan(owner, "in");
        long markId = room.mark(owner, "in").id();

        assertEquals(404, position(other, markId, 40.0, 70.0).status());
        assertEquals(204, position(owner, markId, 43.2390, 76.8897).status());
        assertEquals(204, position(owner, markId, 40.0, 70.0).status(), "a second position is ignored");

        assertNull(room.mark(owner, "in").review());
    }

    @Test
    void theTrainerSeesEachSuspiciousMarkWithItsReason() {
        Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
        Classroom.Listener listener = room.listener("Ахметова");
        room.scan(listener, "in");

        WebClient.Page page = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);

        assertTrue(page.contains("күдікті"), page.body());
        assertTrue(page.contains("127.0.0.1 мекенжайынан, аудитория желілерінен тыс белгіленді"), page.body());
    }

    private static WebClient.Page position(Classroom.Listener listener, long markId, double latitude, double longitude) {
        WebClient web = listener.web();
        web.get("/attendance-qr/check-in");
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/attendance-qr/check-in/marks/" + markId + "/position")))
                .header("Accept", "application/json")
                .header("X-CSRF-Token", web.csrf())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("latitude=" + latitude + "&longitude=" + longitude)).build());
    }

    private static Classroom.Listener listenerOf(long id) {
        return new Classroom.Listener(id, null, null);
    }
}
