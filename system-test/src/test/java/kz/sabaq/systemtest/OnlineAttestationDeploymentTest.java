package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online-attestation jar alone carries its HTML sanitizer (shaded), as deployment mode needs. */
class OnlineAttestationDeploymentTest {

    @Test
    void ticketQuestionsAreSanitisedByTheLibraryInsideThePluginJar(@TempDir Path pluginsDir) throws Exception {
        Files.copy(DeploymentModeTest.packagedJar("online-attestation"), pluginsDir.resolve("online-attestation.jar"));
        try (TestServer server = TestServer.builder().pluginJars(pluginsDir).enable("online-attestation", Map.of()).start()) {
            String iin = Iins.next();
            long teacher = server.user(iin, "Оқытушы", "Нұрлан", StandardRoles.TEACHER);
            AcademicFixture academic = new AcademicFixture(server);
            long stream = academic.stream(teacher, academic.group("OA-DEPLOY"));
            execute(server, "INSERT INTO oa_stream (stream_id, online, by_ticket, updated_at) VALUES (?, TRUE, TRUE, ?)",
                    stream, LocalDateTime.now(server.clock()));
            WebClient web = server.client();
            web.login(iin);
            assertEquals(303, web.post("/oa/streams/" + stream + "/tickets/count", Map.of("count", "1")).status());

            WebClient.Page saved = ticket(web, stream, "<b>Сұрақ</b><script>alert(1)</script>");

            assertEquals(303, saved.status(), saved.body());
            assertEquals("<b>Сұрақ</b>", body(server, stream));
        }
    }

    private static WebClient.Page ticket(WebClient web, long stream, String questions) {
        String boundary = "----oa" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"number\"\r\n\r\n1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + questions + "\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/oa/streams/" + stream + "/tickets?_csrf=" + web.csrf())))
                .header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void execute(TestServer server, String sql, Object... values) throws Exception {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static String body(TestServer server, long stream) throws Exception {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement("SELECT body FROM oa_ticket WHERE stream_id = ?")) {
            s.setLong(1, stream);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
