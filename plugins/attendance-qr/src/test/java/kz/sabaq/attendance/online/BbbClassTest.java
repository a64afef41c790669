package kz.sabaq.attendance.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.conference.bbb.FakeBbb;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole online class on BigBlueButton (a fake server speaking its API): the class is put on the
 * platform, listeners and the trainer join through core with their own names and roles, one leaves
 * early and rejoins, one leaves early for good; the server posts its analytics when the meeting ends,
 * and the trainer confirms the proposal made from them, matched by Sabaq user id. The server's capacity
 * is set at two connections, so the trainer is warned that the class's three would exceed it.
 */
class BbbClassTest {
    private static FakeBbb bbb;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        bbb = new FakeBbb();
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of())
                .enable("conference-bbb", Map.of("serverUrl", bbb.url(), "sharedSecret", FakeBbb.SECRET,
                        "checksum", "sha256", "capacity", 2)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        bbb.close();
    }

    @Test
    void joinLeaveEarlyRejoinAndConfirm() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener rejoined = room.listener("Ахметова");
        Classroom.Listener leftEarly = room.listener("Бекова");
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/online",
                Map.of("platform", "bbb", "field.accessCode", "")).status());

        assertTrue(bbb.meetings.containsKey("sabaq-attendance-qr-" + room.session), "the meeting is created when the class is put on BBB");

        WebClient.Page session = room.teacherWeb().get("/attendance-qr/sessions/" + room.session);
        assertTrue(session.contains("бір мезгілде 3 қосылымға дейін күтіледі, ал платформаның сыйымдылығы — 2"), session.body());
        assertFalse(rejoined.web().get("/attendance-qr/sessions/" + room.session).contains("data-overload"),
                "the capacity is the trainer's concern, not the listeners'");

        room.at("13:05");
        join(rejoined.web(), room.session);
        join(leftEarly.web(), room.session);
        join(room.teacherWeb(), room.session);
        assertEquals(List.of(rejoined.id() + " VIEWER", leftEarly.id() + " VIEWER", room.teacher + " MODERATOR"),
                bbb.joins.stream().map(j -> j.get("userID") + " " + j.get("role")).toList(),
                "each joins under their Sabaq user id, the trainer as moderator");
        assertFalse(bbb.joins.get(0).get("fullName").isBlank(), "with their own name");

        String meeting = "sabaq-attendance-qr-" + room.session;
        String end = "/conference/attendance-qr/" + room.session + "/end";
        assertTrue(room.teacherWeb().get("/attendance-qr/sessions/" + room.session).contains("action=\"" + end + "\""),
                "the trainer has an End button");
        assertFalse(rejoined.web().get("/attendance-qr/sessions/" + room.session).contains(end), "a listener has none");
        assertEquals(403, rejoined.web().post(end, Map.of("back", "/")).status(), "nor may a listener end it");
        assertTrue(bbb.meetings.containsKey(meeting));
        WebClient.Page ended = room.teacherWeb().post(end, Map.of("back", "/attendance-qr/sessions/" + room.session));
        assertEquals(303, ended.status(), ended.body());
        assertEquals("/attendance-qr/sessions/" + room.session, ended.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElseThrow());
        assertFalse(bbb.meetings.containsKey(meeting), "BigBlueButton ended the meeting for everyone");
        assertTrue(bbb.ended.containsKey(meeting));
        assertEquals(200, bbb.endWithAnalytics(URI.create(server.url("/")), meeting, ZoneOffset.ofHours(5), OnlineServer.at("13:05"), OnlineServer.at("14:00"),
                List.of(new FakeBbb.Attendee(String.valueOf(rejoined.id()), "Ахметова Айжан", false,
                                List.of(OnlineServer.at("13:05"), OnlineServer.at("13:35")),
                                List.of(OnlineServer.at("13:30"), OnlineServer.at("14:00"))),
                        new FakeBbb.Attendee(String.valueOf(leftEarly.id()), "Бекова Айжан", false,
                                List.of(OnlineServer.at("13:06")), List.of(OnlineServer.at("13:40"))),
                        new FakeBbb.Attendee(String.valueOf(room.teacher), "Trainer", true,
                                List.of(OnlineServer.at("13:05")), List.of(OnlineServer.at("14:00"))))),
                "the server posts its analytics, in its own format, when the meeting ends");
        room.at("14:05");

        OnlineServer.confirmsRejoinedAndLeftEarly(room, rejoined, leftEarly);
    }

    @Test
    void aServerThatCannotBeReachedIsToldInTheUsersWordsNotAStackTrace() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Қасымова");
        assertEquals(303, room.teacherWeb().post("/attendance-qr/sessions/" + room.session + "/online",
                Map.of("platform", "bbb", "field.accessCode", "")).status());
        Conferences conferences = server.app().service(Conferences.class).orElseThrow();
        ModuleSettings bbbSettings = conferences.context(conferences.platform("bbb").orElseThrow()).settings();
        bbbSettings.save(Map.of("serverUrl", "http://127.0.0.1:9/bigbluebutton/"));
        try {
            WebClient.Page page = listener.web().get("/conference/attendance-qr/" + room.session + "/join");

            assertEquals(502, page.status(), page.body());
            assertTrue(page.contains("BigBlueButton серверіне қазір қосылу мүмкін емес"), page.body());
            assertFalse(page.contains("Exception") || page.contains("at kz.sabaq"), page.body());
        } finally {
            bbbSettings.save(Map.of("serverUrl", bbb.url()));
        }
    }

    /** Follows core's join route, then the platform's link, as the browser does. */
    private static void join(WebClient web, long session) throws Exception {
        WebClient.Page routed = web.get("/conference/attendance-qr/" + session + "/join");
        assertEquals(303, routed.status(), routed.body());
        URI platform = URI.create(routed.headers().firstValue("Location").orElseThrow());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, http.send(HttpRequest.newBuilder(platform).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "the server accepts the signed join link");
    }
}
