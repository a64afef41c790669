package kz.sabaq.attendance.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.conference.zoom.FakeZoom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole online class on Zoom (a fake Zoom speaking its API): putting the class on Zoom creates the
 * meeting; each listener joins through core with the link of their own registration, the trainer with
 * the meeting's start link; one leaves early and rejoins, one leaves early for good; the trainer
 * confirms the proposal made from Zoom's participant report, matched by Sabaq user id.
 */
class ZoomClassTest {
    private static FakeZoom zoom;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        zoom = new FakeZoom(() -> server.clock().instant());
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of())
                .enable("conference-zoom", Map.of("accountId", FakeZoom.ACCOUNT, "clientId", FakeZoom.CLIENT,
                        "clientSecret", FakeZoom.SECRET, "apiUrl", zoom.url("/v2/"), "oauthUrl", zoom.url("/oauth/token")))
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        zoom.close();
    }

    @Test
    void joinLeaveEarlyRejoinAndConfirm() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener rejoined = room.listener("Ахметова");
        Classroom.Listener leftEarly = room.listener("Бекова");
        int before = zoom.meetings.size();
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/online", Map.of("platform", "zoom")).status());
        assertEquals(before + 1, zoom.meetings.size(), "the meeting is created when the class is put on Zoom");

        room.at("13:05");
        URI first = join(rejoined.web(), room.session);
        URI second = join(leftEarly.web(), room.session);
        URI trainer = join(room.teacherWeb(), room.session);
        assertTrue(first.toString().contains("tk=") && second.toString().contains("tk=") && !first.equals(second),
                "each listener has the link of their own registration");
        assertTrue(trainer.toString().contains("zak="), "the trainer starts the meeting: " + trainer);

        zoom.attended(first.toString(), OnlineServer.at("13:05"), OnlineServer.at("13:30"));
        zoom.attended(first.toString(), OnlineServer.at("13:35"), OnlineServer.at("14:00"));
        zoom.attended(second.toString(), OnlineServer.at("13:06"), OnlineServer.at("13:40"));
        long meeting = Long.parseLong(first.getPath().substring("/w/".length()));
        zoom.hostAttended(meeting, "Trainer", OnlineServer.at("13:05"), OnlineServer.at("14:00"));
        room.at("14:05");

        OnlineServer.confirmsRejoinedAndLeftEarly(room, rejoined, leftEarly);
    }

    /** Follows core's join route, as the browser does, to the platform's address for this person. */
    private static URI join(WebClient web, long session) {
        WebClient.Page routed = web.get("/conference/attendance-qr/" + session + "/join");
        assertEquals(303, routed.status(), routed.body());
        return URI.create(routed.headers().firstValue("Location").orElseThrow());
    }
}
