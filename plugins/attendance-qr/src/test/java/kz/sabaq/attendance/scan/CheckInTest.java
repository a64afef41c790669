package kz.sabaq.attendance.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arrival and departure by the link in the QR code, with the default settings. */
class CheckInTest {
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
    void arrivalAtOrBeforeTheStartIsOnTimeAndStoresTheServerTime() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:10:00");

        WebClient.Page page = room.scan(listener, "in");

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("уақытында"), "the status in the listener's language (Kazakh)");
        assertTrue(page.contains("13:10:00"), "the arrival time in the institution's time");
        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("ON_TIME", mark.status());
        assertEquals("SCAN", mark.source());
        assertEquals(Classroom.utc(Classroom.DAY.atTime(13, 10)), mark.markedAt());
        assertNull(mark.review());
    }

    @Test
    void arrivalAfterTheStartIsLate() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Бекова");
        room.at("13:10:01");

        assertTrue(room.scan(listener, "in").contains("data-status=\"late\""));
        assertEquals("LATE", room.mark(listener, "in").status());
    }

    @Test
    void arrivalUpToTheVeryLateThresholdIsLateAndBeyondItVeryLate() {
        Classroom room = new Classroom(server);
        Classroom.Listener justLate = room.listener("Әбілов");
        Classroom.Listener veryLate = room.listener("Болатов");
        room.at("13:25:00");
        room.scan(justLate, "in");
        room.at("13:25:01");
        assertTrue(room.scan(veryLate, "in").contains("data-status=\"veryLate\""));

        assertEquals("LATE", room.mark(justLate, "in").status());
        assertEquals("VERY_LATE", room.mark(veryLate, "in").status());
    }

    @Test
    void aSecondScanChangesNothingAndAnswersWithTheFirstResult() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:05");
        room.scan(listener, "in");
        room.at("13:20");

        WebClient.Page again = room.scan(listener, "in");

        assertEquals(200, again.status());
        assertTrue(again.contains("data-recorded=\"before\""), again.body());
        assertTrue(again.contains("13:05:00") && again.contains("data-status=\"onTime\""), "the first time and status");
        assertEquals(1, room.marks().size());
        assertEquals("ON_TIME", room.mark(listener, "in").status());
    }

    @Test
    void theLinkNamesNoListenerSoWhoeverFollowsItMarksOnlyThemselves() {
        Classroom room = new Classroom(server);
        Classroom.Listener shown = room.listener("Ахметова");
        Classroom.Listener follower = room.listener("Бекова");
        room.at("13:05");
        String link = room.link("in");
        assertFalse(link.contains(shown.iin()) || link.contains(follower.iin()), link);
        assertFalse(link.contains("/" + shown.id() + "/") || link.endsWith("/" + shown.id()), link);

        assertEquals(200, follower.web().get(link).status());

        assertEquals(1, room.marks().size());
        assertEquals(follower.id(), room.marks().get(0).studentId(), "the mark is the follower's own");
    }

    @Test
    void aLoggedInListenersScanNeverGoesThroughALogin() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:05");
        room.link("in");
        String loginsBefore = room.strings("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'core.login%'").get(0);

        assertEquals(200, room.scan(listener, "in").status());
        room.at("14:00");
        assertEquals(200, room.scan(listener, "out").status());

        assertEquals(loginsBefore, room.strings("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'core.login%'").get(0),
                "no password was checked: the session cookie alone identified the listener");
    }

    @Test
    void aDepartureScanWithoutAnArrivalIsRefusedAndRecordsNothing() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("14:00");

        WebClient.Page refused = room.scan(listener, "out");

        assertEquals(400, refused.status());
        assertTrue(refused.contains("Келгеніңізді белгілеуді оқытушыдан сұраңыз"), refused.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aListenerMarksOnlyInSessionsOfTheirOwnGroups() {
        Classroom room = new Classroom(server);
        Classroom other = new Classroom(server);
        Classroom.Listener stranger = room.listener("Бөтен", other.group);

        WebClient.Page page = room.scan(stranger, "in");

        assertEquals(403, page.status());
        assertTrue(page.contains("Бұл сабақ сіздің тобыңыздың сабағы емес."), page.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aListenerAddedToTheGroupAfterTheHallBeganScanningCanScanAtOnce() {
        Classroom room = new Classroom(server);
        Classroom.Listener first = room.listener("Бірінші");
        room.at("13:05");
        assertEquals(200, room.scan(first, "in").status(), "the stream's listeners are read and kept");

        Classroom.Listener added = room.listener("Жаңа");

        assertEquals(200, room.scan(added, "in").status());
        assertEquals(2, room.marks().size());
    }

    @Test
    void aListenerRemovedFromTheGroupIsRefusedOnceTheKeptListenersAreOverAMinuteOld() {
        Classroom room = new Classroom(server);
        Classroom other = new Classroom(server);
        Classroom.Listener first = room.listener("Бірінші");
        Classroom.Listener soon = room.listener("Ерте");
        Classroom.Listener later = room.listener("Кеш");
        room.at("13:05");
        assertEquals(200, room.scan(first, "in").status(), "the stream's listeners are read and kept");
        moveTo(room, other.group, soon, later);

        room.at("13:05:59");
        assertEquals(200, room.scan(soon, "in").status(), "the kept listeners still name them");
        room.at("13:06:01");
        WebClient.Page refused = room.scan(later, "in");

        assertEquals(403, refused.status());
        assertTrue(refused.contains("Бұл сабақ сіздің тобыңыздың сабағы емес."), refused.body());
        assertEquals(List.of(first.id(), soon.id()), room.marks().stream().map(Classroom.Row::studentId).toList());
    }

    /** The registrar moves the listeners to another group, as an import does. */
    private static void moveTo(Classroom room, long groupId, Classroom.Listener... listeners) {
        for (Classroom.Listener l : listeners) {
            room.academic.generator().enrol(l.id(), groupId);
        }
    }

    @Test
    void checkInOpensFifteenMinutesBeforeTheStartAndClosesAtTheEnd() {
        Classroom room = new Classroom(server);
        Classroom.Listener early = room.listener("Ерте");
        Classroom.Listener first = room.listener("Бірінші");
        Classroom.Listener last = room.listener("Соңғы");
        Classroom.Listener late = room.listener("Кеш");

        room.at("12:54:59");
        WebClient.Page refused = room.scan(early, "in");
        assertEquals(400, refused.status());
        assertTrue(refused.contains("әлі ашылған жоқ"), refused.body());
        room.at("12:55");
        assertEquals(200, room.scan(first, "in").status());
        room.at("14:00");
        assertEquals(200, room.scan(last, "in").status());
        room.at("14:00:01");
        WebClient.Page closed = room.scan(late, "in");
        assertEquals(400, closed.status());
        assertTrue(closed.contains("Келуді белгілеу жабық"), closed.body());

        assertEquals(2, room.marks().size());
    }

    @Test
    void aScanAfterTheWindowClosedStillAnswersWithTheEarlierMark() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:00");
        String link = room.link("in");
        listener.web().get(link);
        room.at("14:00:05");

        WebClient.Page again = listener.web().get(room.link("in"));

        assertEquals(200, again.status());
        assertTrue(again.contains("data-recorded=\"before\""));
    }

    @Test
    void departureAtOrAfterTheEndIsLeftOnTimeAndBeforeItLeftEarly() {
        Classroom room = new Classroom(server);
        Classroom.Listener early = room.listener("Ерте");
        Classroom.Listener onTime = room.listener("Дер");
        room.at("13:05");
        room.scan(early, "in");
        room.scan(onTime, "in");

        room.at("13:50");
        assertTrue(room.scan(early, "out").contains("att-leftEarly\" id=\"att-status\""));
        room.at("14:00");
        assertTrue(room.scan(onTime, "out").contains("att-leftOnTime\" id=\"att-status\""));

        assertEquals("LEFT_EARLY", room.mark(early, "out").status());
        assertEquals("LEFT_ON_TIME", room.mark(onTime, "out").status());
    }

    @Test
    void aListenerMayScanOutEarlyAnyTimeAfterArrivingAndCheckOutClosesFifteenMinutesAfter() {
        Classroom room = new Classroom(server);
        Classroom.Listener leaving = room.listener("Асығыс");
        Classroom.Listener last = room.listener("Соңғы");
        Classroom.Listener tooLate = room.listener("Кеш");
        room.at("12:54");
        WebClient.Page beforeAnyWindow = room.scan(leaving, "out");
        assertEquals(400, beforeAnyWindow.status());
        assertTrue(beforeAnyWindow.contains("шығуды белгілеу әлі ашылған жоқ"), beforeAnyWindow.body());
        room.at("13:05");
        List.of(leaving, last, tooLate).forEach(l -> assertEquals(200, room.scan(l, "in").status()));

        room.at("13:12");
        WebClient.Page early = room.scan(leaving, "out");
        assertEquals(200, early.status(), "seed 000: «ерте шығу», not «шығуды белгілемеді»");
        assertTrue(early.contains("att-leftEarly\" id=\"att-status\""), early.body());
        assertEquals("LEFT_EARLY", room.mark(leaving, "out").status());
        room.at("14:15");
        assertEquals(200, room.scan(last, "out").status());
        room.at("14:15:01");
        assertEquals(400, room.scan(tooLate, "out").status());
    }

    @Test
    void theCodeOfThePreviousRotationIsStillAccepted() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:09:45");
        String link = room.link("in");
        room.at("13:10:14");

        assertEquals(200, listener.web().get(link).status());
        assertNull(room.mark(listener, "in").review(), "a scan in flight is not suspicious");
    }

    @Test
    void aReplayedOldCodeIsRefusedWithAClearMessage() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:00");
        String link = room.link("in");
        room.at("13:05:31");

        WebClient.Page page = listener.web().get(link);

        assertEquals(400, page.status());
        assertTrue(page.contains("Код жарамсыз: мерзімі өтіп кеткен немесе қате терілген."), page.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aScanOfAnExpiredCodeWithinTheToleranceIsRecordedAsSuspicious() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:00");
        String link = room.link("in");
        room.at("13:03");

        WebClient.Page page = listener.web().get(link);

        assertEquals(200, page.status());
        assertTrue(page.contains("оқытушы тексереді"), "the listener is told the trainer will review it");
        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("PENDING", mark.review());
        assertEquals(List.of("EXPIRED_CODE"), room.signals(mark.id()));
    }

    @Test
    void aCodeIsBoundToItsSessionAndPhase() {
        Classroom room = new Classroom(server);
        Classroom other = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:55");
        String checkIn = room.link("in");

        assertEquals(400, listener.web().get(checkIn.replace("/in/", "/out/")).status(), "a check-in code does not check out");
        assertEquals(400, listener.web().get(checkIn.replace("/attendance-qr/check-in/" + room.session + "/", "/attendance-qr/check-in/" + other.session + "/"))
                .status(), "nor does it mark another session");
        assertEquals(List.of(), room.marks());
    }

    @Test
    void aLinkToASessionThatDoesNotExistIsNotFoundAndLeavesNoTrace() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient anonymous = server.client();

        assertEquals(404, anonymous.get("/attendance-qr/check-in/987654321/in/AAAAAAAAAAAAAAAA").status());
        assertEquals(404, listener.web().get("/attendance-qr/check-in/987654321/in/AAAAAAAAAAAAAAAA").status());
        assertEquals(List.of(), room.strings("SELECT session_id FROM att_session_secret WHERE session_id = 987654321"));
    }

    @Test
    void aForgedCodeIsRefused() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");

        assertEquals(400, listener.web().get("/attendance-qr/check-in/" + room.session + "/in/AAAAAAAAAAAAAAAA").status());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void theResultPageSpeaksTheListenersLanguage() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Иванова");
        listener.web().post("/lang", Map.of("lang", "ru", "return", "/"));
        room.at("13:12");

        WebClient.Page page = room.scan(listener, "in");

        assertTrue(page.contains("Опоздал") && page.contains("Записано 14.09.2026 в 13:12:00."), page.body());
    }
}
