package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.conference.bbb.FakeBbb;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exam slot on BigBlueButton as a new institution tries it, every plugin started: the administrator
 * sets the server once; the teacher puts the slot on BigBlueButton, which creates its meeting; students
 * join from their exam page under their own names (not too early), the teacher as moderator and ends
 * it; the recording reaches the students once the slot allows it; a slot about to start is prepared by
 * core's job; no platform's secret (BigBlueButton's shared secret, Zoom's client secret and webhook
 * token) is on any page a student can open. (An online class's attendance from
 * the server's activity, confirmed by its trainer, is BbbClassTest in attendance-qr.)
 */
class BbbExamTest {
    private static final String ZOOM_SECRET = "Yw5mN2bV8cX1zL4kJ7hG0fD3sA6qP9rT";
    private static final String ZOOM_WEBHOOK = "qgg8vlvZRS6UYooatFL8Aw";

    private static FakeBbb bbb;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        bbb = new FakeBbb();
        server = AllPlugins.server().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        bbb.close();
    }

    @Test
    void anExamSlotHeldOnBigBlueButton() throws Exception {
        server.clock().set(LocalDateTime.parse("2027-01-15T03:40"));
        String adminIin = Iins.next();
        server.user(adminIin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        admin.login(adminIin);
        assertEquals(200, admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", bbb.url(),
                "s.sharedSecret", FakeBbb.SECRET, "s.checksum", "sha256", "s.record", "true", "s.capacity", "400", "s.joinEarlyMinutes", "15")).status());
        assertFalse(admin.get("/admin/plugins/conference-bbb/settings").contains(FakeBbb.SECRET),
                "the secret is not shown back, not even to the administrator");
        assertEquals(200, admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", bbb.url(),
                "s.sharedSecret", "", "s.checksum", "sha256", "s.record", "true", "s.capacity", "400", "s.joinEarlyMinutes", "15")).status(),
                "saved again with the secret left blank: it keeps its value (the joins below are signed with it)");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE details LIKE ?", "%" + FakeBbb.SECRET + "%"),
                "nor does the audit log keep it");

        assertEquals(200, admin.post("/admin/plugins/conference-zoom/settings", Map.of("s.accountId", "Xk3bQ9aLTsWq1v2nE7dYgA",
                "s.clientId", "pZ8r1tYbS6uGqk0fHc3x", "s.clientSecret", ZOOM_SECRET, "s.webhookSecretToken", ZOOM_WEBHOOK,
                "s.hostUser", "me", "s.record", "true", "s.capacity", "100", "s.joinEarlyMinutes", "15",
                "s.apiUrl", "https://api.zoom.us/v2/", "s.oauthUrl", "https://zoom.us/oauth/token")).status(),
                "Zoom's credentials are set too, so that no page below may show them either");

        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-B-1");
        String iin = Iins.next();
        long student = academic.student(iin, "Ахметова", "Айжан", group);
        String otherIin = Iins.next();
        long other = academic.student(otherIin, "Бекова", "Дана", group);
        long stream = academic.stream(teacher, group);
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        attestation.exam(stream).create();
        long slot = attestation.slot(stream, teacher)
                .between(LocalDateTime.parse("2027-01-15T04:00"), LocalDateTime.parse("2027-01-15T06:00")).create();
        attestation.sitting(stream, student, slot).create();
        attestation.sitting(stream, other, slot).create();
        WebClient web = server.client();
        web.login(iin);
        WebClient otherWeb = server.client();
        otherWeb.login(otherIin);
        WebClient teacherWeb = server.client();
        teacherWeb.login(teacherIin);
        String dialog = "/online-attestation/slots/" + slot + "/actions/platform";
        String meeting = "sabaq-online-attestation-" + slot;

        assertTrue(teacherWeb.get(dialog + "?platform=bbb").contains("BigBlueButton"));
        assertEquals(303, teacherWeb.post(dialog, Map.of("platform", "bbb", "field.accessCode", "")).status(),
                "the teacher puts the slot on BigBlueButton");
        assertTrue(bbb.meetings.containsKey(meeting), "and Sabaq creates its meeting on the server");

        String exam = "/online-attestation/streams/" + stream + "/students/" + student;
        String join = "/conference/online-attestation/" + slot + "/join";
        String recording = "https://bbb.example.kz/playback/presentation/2.3/ffbfc4cc-" + meeting;
        WebClient.Page page = web.get(exam);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("href=\"" + join + "\""), page.body());

        WebClient.Page early = web.get(join);
        assertEquals(409, early.status(), "twenty minutes before the start is too early");
        assertTrue(early.contains("Конференцияға қосылуға әлі ерте"), early.body());
        WebClient.Page fromExam = web.send(HttpRequest.newBuilder(URI.create(web.url(join)))
                .header("Accept", "text/html").header("Referer", web.url(exam + "?x=1")).GET().build());
        assertEquals(409, fromExam.status());
        assertTrue(fromExam.contains("href=\"" + exam + "?x&#61;1\" data-back"), "the way back to the exam page:\n" + fromExam.body());
        WebClient.Page fromElsewhere = web.send(HttpRequest.newBuilder(URI.create(web.url(join)))
                .header("Accept", "text/html").header("Referer", "https://evil.example//x").GET().build());
        assertFalse(fromElsewhere.contains("data-back"), "no way back to another site's address");
        server.clock().set(LocalDateTime.parse("2027-01-15T03:50"));
        follow(web.get(join));
        follow(otherWeb.get(join));
        follow(teacherWeb.get(join));
        assertEquals(List.of("Ахметова Айжан VIEWER " + student, "Бекова Дана VIEWER " + other, "Сейітқали Нұрлан MODERATOR " + teacher),
                bbb.joins.stream().map(j -> j.get("fullName") + " " + j.get("role") + " " + j.get("userID")).toList(),
                "students join under their own names, the teacher as moderator");

        server.clock().set(LocalDateTime.parse("2027-01-15T05:55"));
        String end = "/conference/online-attestation/" + slot + "/end";
        assertTrue(teacherWeb.get(dialog).contains("action=\"" + end + "\""), "the teacher has an End button");
        assertEquals(403, web.post(end, Map.of("back", exam)).status(), "a student cannot end the exam's meeting");
        assertEquals(303, teacherWeb.post(end, Map.of("back", dialog)).status());
        assertTrue(bbb.ended.containsKey(meeting), "the server ended the meeting for everyone");

        assertEquals(303, teacherWeb.post("/online-attestation/slots/" + slot + "/actions/recordings", Map.of("hasRecording", "true")).status());
        assertTrue(teacherWeb.get(dialog).contains(recording), "the teacher sees the recording the server keeps");
        assertFalse(web.get(exam).contains(recording), "the slot does not show its recording to students yet");
        assertEquals(303, teacherWeb.post("/online-attestation/slots/" + slot + "/actions/recordings",
                Map.of("hasRecording", "true", "showRecording", "true")).status());
        assertTrue(web.get(exam).contains(recording), "the recording, without typing its link, once the slot allows it");

        long next = attestation.slot(stream, teacher)
                .between(LocalDateTime.parse("2027-01-15T07:00"), LocalDateTime.parse("2027-01-15T08:00"))
                .platform("bbb", "{}").create();
        server.clock().set(LocalDateTime.parse("2027-01-15T06:40"));
        assertTrue(server.app().runJob("core-conference.prepare"));
        assertTrue(bbb.meetings.containsKey("sabaq-online-attestation-" + next), "a slot starting within half an hour is prepared");

        for (String path : List.of("/", "/online-attestation/mine", exam, join, "/attendance-qr/check-in/mine", "/admin/plugins/conference-bbb/settings",
                "/admin/plugins/conference-zoom/settings")) {
            WebClient.Page seen = web.get(path);
            for (String secret : List.of(FakeBbb.SECRET, ZOOM_SECRET, ZOOM_WEBHOOK)) {
                assertFalse(seen.body().contains(secret), "a secret on " + path);
            }
            assertFalse(seen.headers().firstValue("Location").orElse("").contains(FakeBbb.SECRET), "the secret in " + path);
        }
    }

    /** Core's join route sends the browser to BigBlueButton, which takes the signed link. */
    private static void follow(WebClient.Page routed) throws Exception {
        assertEquals(303, routed.status(), routed.body());
        URI platform = URI.create(routed.headers().firstValue("Location").orElseThrow());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, http.send(HttpRequest.newBuilder(platform).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());
    }

    private static long count(String sql, String value) throws SQLException {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
