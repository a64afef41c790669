package kz.sabaq.attendance.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Signals the server sees whatever the browser keeps (outside penetration test, finding M2): two
 * listeners marking from one address outside the room's networks within seconds, and a device
 * already on another listener's mark, flag both marks; a receipt completes for one account only.
 * Rooms here have no networks, as many do, so only these signals can tell.
 */
class SharedSourceTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Classroom roomWithoutNetworks() {
        return new Classroom(server, List.of(), null, null);
    }

    private static void assertBothFlagged(Classroom room, String signal) {
        List<Classroom.Row> marks = room.marks();
        assertEquals(2, marks.size(), "both marks are recorded");
        for (Classroom.Row m : marks) {
            assertEquals("PENDING", m.review(), "mark of " + m.studentId());
            assertEquals(List.of(signal), room.signals(m.id()));
        }
    }

    @Test
    void aForwardedLinkOpenedFromTheSameAddressFlagsBothMarks() {
        Classroom room = roomWithoutNetworks();
        Classroom.Listener present = room.listener("Ахметова");
        Classroom.Listener absent = room.listener("Бекова");
        String link = room.link("in");
        assertEquals(200, present.web().get(link).status());

        assertEquals(200, absent.web().get(link).status(), "the mark is recorded, never dropped");

        assertBothFlagged(room, "SHARED_ADDRESS");
        assertEquals(List.of(String.valueOf(present.id())),
                room.strings("SELECT detail FROM att_signal WHERE mark_id = ?", room.mark(absent, "in").id()));
    }

    /** A phone on which the listener marked their arrival, then logged out. */
    private static WebClient phoneThatMarked(Classroom room, Classroom.Listener listener) {
        WebClient phone = server.client();
        phone.login(listener.iin());
        assertEquals(200, phone.get(room.link("in")).status());
        phone.post("/logout", Map.of());
        return phone;
    }

    @Test
    void aBrowserThatDropsItsCookiesBetweenAccountsIsStillSeen() {
        Classroom room = roomWithoutNetworks();
        Classroom.Listener first = room.listener("Ахметова");
        Classroom.Listener second = room.listener("Бекова");
        WebClient phone = phoneThatMarked(room, first);
        phone.forgetCookie("sabaq_att_device");
        phone.forgetCookie("sabaq_att_marks");
        phone.login(second.iin());

        assertEquals(200, phone.get(room.link("in")).status());

        assertBothFlagged(room, "SHARED_ADDRESS");
    }

    @Test
    void aDeviceOnAnotherListenersMarkFlagsBothEvenWithoutTheBrowsersMemory() {
        Classroom room = roomWithoutNetworks();
        Classroom.Listener first = room.listener("Ахметова");
        Classroom.Listener second = room.listener("Бекова");
        WebClient phone = phoneThatMarked(room, first);
        phone.forgetCookie("sabaq_att_marks");
        room.at("13:00:30");
        phone.login(second.iin());

        assertEquals(200, phone.get(room.link("in")).status());

        assertBothFlagged(room, "SHARED_DEVICE");
    }

    @Test
    void listenersOnOneAddressSecondsApartOrInsideTheRoomsNetworksAreNotFlagged() {
        Classroom apart = roomWithoutNetworks();
        Classroom.Listener first = apart.listener("Ахметова");
        Classroom.Listener second = apart.listener("Бекова");
        assertEquals(200, apart.scan(first, "in").status());
        apart.at("13:00:03");
        assertEquals(200, apart.scan(second, "in").status());
        apart.marks().forEach(m -> assertNull(m.review(), "three seconds apart on a shared network"));

        Classroom campus = new Classroom(server);
        Classroom.Listener third = campus.listener("Сейітова");
        Classroom.Listener fourth = campus.listener("Нұрланова");
        assertEquals(200, campus.scan(third, "in").status());
        assertEquals(200, campus.scan(fourth, "in").status());
        campus.marks().forEach(m -> assertNull(m.review(), "the room's own network is everyone's address"));
    }

    @Test
    void aReceiptCompletesOnlyForTheFirstAccountThatLogsInWithIt() {
        Classroom room = roomWithoutNetworks();
        Classroom.Listener first = room.listener("Ахметова");
        Classroom.Listener second = room.listener("Бекова");
        WebClient phone = server.client();
        WebClient.Page scan = phone.get(room.link("in"));
        assertEquals(303, scan.status());
        String receipt = Classroom.receipt(scan);
        phone.login(first.iin());
        assertEquals(200, phone.get(receipt).status());
        phone.post("/logout", Map.of());
        phone.login(second.iin());

        WebClient.Page refused = phone.get(receipt);

        assertEquals(400, refused.status());
        assertTrue(refused.contains("басқа есептік жазба үшін аяқталып қойған"), refused.body());
        assertEquals(List.of(first.id()), room.marks().stream().map(Classroom.Row::studentId).toList());
    }
}
