package kz.sabaq.attendance.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The room-network rule is the institution's setting {@code roomNetworkRule}: {@code flag} (the
 * default) records the scan as suspicious for the trainer without greeting the listener with the
 * red "looks unusual" when a phone on mobile data is the only signal; {@code refuse} records
 * nothing and says how to mark; {@code off} does not look at the address. The test client scans
 * from 127.0.0.1, outside the room's 10.12.0.0/16.
 */
class RoomNetworkRuleTest {

    /** A room with its own network and a listener who scans the check-in code from outside it. */
    private record Outside(Classroom room, Classroom.Listener listener, WebClient.Page page) {
        static Outside scan(TestServer server) {
            Classroom room = new Classroom(server, List.of("10.12.0.0/16"), null, null);
            Classroom.Listener listener = room.listener("Ахметова");
            return new Outside(room, listener, room.scan(listener, "in"));
        }
    }

    @Test
    void flagByDefaultWithACalmNoteForTheListener() {
        try (TestServer server = Classroom.server(Map.of())) {
            Outside o = Outside.scan(server);

            assertEquals(200, o.page().status(), o.page().body());
            assertFalse(o.page().contains("att-suspicious"), "no red alarm for mobile data alone:\n" + o.page().body());
            assertTrue(o.page().contains("id=\"att-outside-network\""), o.page().body());
            assertEquals("PENDING", o.room().mark(o.listener(), "in").review(), "the trainer still sees it flagged");
        }
    }

    @Test
    void refuseRecordsNothing() {
        try (TestServer server = Classroom.server(Map.of("roomNetworkRule", "refuse"))) {
            Outside o = Outside.scan(server);

            assertEquals(400, o.page().status(), o.page().body());
            assertTrue(o.page().contains("аудиторияның желісінен"), o.page().body());
            assertTrue(o.room().marks().isEmpty(), "nothing recorded");
        }
    }

    @Test
    void offDoesNotLookAtTheAddress() {
        try (TestServer server = Classroom.server(Map.of("roomNetworkRule", "off"))) {
            Outside o = Outside.scan(server);

            assertEquals(200, o.page().status(), o.page().body());
            assertFalse(o.page().contains("att-outside-network"));
            assertNull(o.room().mark(o.listener(), "in").review());
        }
    }
}
