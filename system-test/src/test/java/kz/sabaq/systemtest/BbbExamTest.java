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
 * sets the server once; the student joins from the exam page under their own name, the teacher as
 * moderator; the recording reaches the student once the slot allows it; the shared secret is on no
 * page the student can open.
 */
class BbbExamTest {
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
        String adminIin = Iins.next();
        server.user(adminIin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        admin.login(adminIin);
        assertEquals(200, admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", bbb.url(),
                "s.sharedSecret", FakeBbb.SECRET, "s.checksum", "sha256", "s.record", "true", "s.capacity", "400")).status());
        assertFalse(admin.get("/admin/plugins/conference-bbb/settings").contains(FakeBbb.SECRET),
                "the secret is not shown back, not even to the administrator");
        assertEquals(200, admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", bbb.url(),
                "s.sharedSecret", "", "s.checksum", "sha256", "s.record", "true", "s.capacity", "400")).status(),
                "saved again with the secret left blank: it keeps its value (the joins below are signed with it)");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE details LIKE ?", "%" + FakeBbb.SECRET + "%"),
                "nor does the audit log keep it");

        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-B-1");
        String iin = Iins.next();
        long student = academic.student(iin, "Ахметова", "Айжан", group);
        long stream = academic.stream(teacher, group);
        sql("INSERT INTO oa_stream (stream_id, online, by_ticket, updated_at) VALUES (?, TRUE, TRUE, NOW(3))", stream);
        long slot = sql("INSERT INTO oa_slot (stream_id, starts_at, ends_at, created_at, created_by, platform, platform_values, "
                        + "has_recording, show_recording) VALUES (?, ?, ?, NOW(3), ?, 'bbb', '{\"accessCode\":\"\"}', TRUE, FALSE)",
                stream, LocalDateTime.parse("2027-01-15T04:00"), LocalDateTime.parse("2027-01-15T06:00"), teacher);
        sql("INSERT INTO oa_sitting (stream_id, student_id, slot_id) VALUES (?, ?, ?)", stream, student, slot);
        WebClient web = server.client();
        web.login(iin);
        WebClient teacherWeb = server.client();
        teacherWeb.login(teacherIin);
        String exam = "/online-attestation/streams/" + stream + "/students/" + student;
        String join = "/conference/online-attestation/" + slot + "/join";
        String recording = "https://bbb.example.kz/playback/presentation/2.3/ffbfc4cc-sabaq-online-attestation-" + slot;

        WebClient.Page page = web.get(exam);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("href=\"" + join + "\""), page.body());
        assertFalse(page.contains(recording), "the slot does not show its recording to students yet");

        follow(web.get(join));
        follow(teacherWeb.get(join));
        assertEquals(List.of("Ахметова Айжан VIEWER " + student, "Сейітқали Нұрлан MODERATOR " + teacher),
                bbb.joins.stream().map(j -> j.get("fullName") + " " + j.get("role") + " " + j.get("userID")).toList());

        sql("UPDATE oa_slot SET show_recording = TRUE WHERE id = ?", slot);
        assertTrue(web.get(exam).contains(recording), "the recording the server keeps, without typing its link");

        for (String path : List.of("/", "/online-attestation/mine", exam, join)) {
            WebClient.Page seen = web.get(path);
            assertFalse(seen.body().contains(FakeBbb.SECRET), "the shared secret on " + path);
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

    private static long sql(String sql, Object... values) throws SQLException {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
