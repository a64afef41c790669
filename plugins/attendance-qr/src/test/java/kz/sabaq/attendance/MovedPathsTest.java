package kz.sabaq.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's pages moved from /attend and /attendance to /attendance-qr: a QR code printed before
 * and a bookmarked session page still lead where they did.
 */
class MovedPathsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anOldQrCodeLinkStillMarksTheListener() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ескі");
        room.at("13:08");
        String link = room.link("in");
        assertTrue(link.startsWith("/attendance-qr/check-in/" + room.session + "/in/"), link);
        String printed = "/attend/" + link.substring("/attendance-qr/check-in/".length());

        WebClient.Page old = listener.web().get(printed);

        assertEquals(308, old.status());
        assertEquals(link, old.location());
        assertEquals(200, listener.web().get(old.location()).status());
        assertEquals("ON_TIME", room.mark(listener, "in").status());
    }

    @Test
    void anOldBookmarkOfTheSessionPageStillOpensIt() {
        Classroom room = new Classroom(server);
        WebClient.Page old = room.teacherWeb().get("/attendance/sessions/" + room.session + "?tab=roster");

        assertEquals(308, old.status());
        assertEquals("/attendance-qr/sessions/" + room.session + "?tab=roster", old.location());
        assertEquals(200, room.teacherWeb().get(old.location()).status());
        assertEquals("/attendance-qr/check-in/mine", room.teacherWeb().get("/attend/mine").location(),
                "the check-in pages moved too");
    }
}
