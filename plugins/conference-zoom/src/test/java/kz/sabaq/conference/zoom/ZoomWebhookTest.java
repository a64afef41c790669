package kz.sabaq.conference.zoom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zoom's webhooks as Zoom sends them, at core's callback route: signed, fresh, the URL validation answered. */
class ZoomWebhookTest {
    static final String TOKEN = "qgg8vlvZRS6UYooatFL8Aw";

    private static TestServer server;
    private static PlatformContext context;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("conference-zoom", Map.of(ZoomModule.WEBHOOK_SECRET, TOKEN)).start();
        Conferences conferences = server.app().service(Conferences.class).orElseThrow();
        context = conferences.context(conferences.platform("zoom").orElseThrow());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theUrlValidationChallengeIsAnsweredWithTheTokensHmac() throws Exception {
        String body = "{\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event_ts\":1654503849680,\"event\":\"endpoint.url_validation\"}";
        HttpResponse<String> answer = post(body, now(), TOKEN);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Map.of("plainToken", "qgg8vlvZRS6UYooatFL8Aw", "encryptedToken", hmac(TOKEN, "qgg8vlvZRS6UYooatFL8Aw")),
                new ObjectMapper().readValue(answer.body(), Map.class));
    }

    @Test
    void aWrongSignatureOrAStaleTimestampIsRefusedAndChangesNothing() throws Exception {
        String ended = "{\"event\":\"meeting.ended\",\"event_ts\":1626230691572,\"payload\":{\"account_id\":\"AAAAAABBBB\","
                + "\"object\":{\"id\":\"1234567890\",\"uuid\":\"4444AAAiAAAAAiAiAiiAii==\",\"host_id\":\"x1yCzABCDEfg23HiJKl4mN\","
                + "\"topic\":\"Физика\",\"type\":2,\"start_time\":\"2026-09-14T09:00:00Z\",\"timezone\":\"Asia/Almaty\","
                + "\"duration\":90,\"end_time\":\"2026-09-14T10:30:00Z\"}}}";
        assertEquals(401, post(ended, now(), "not-the-token").statusCode(), "signed with another secret");
        assertEquals(401, post(ended, now() - Duration.ofMinutes(6).toSeconds(), TOKEN).statusCode(), "replayed six minutes later");
        assertEquals(401, post(ended, now(), TOKEN, "v0=" + hmac(TOKEN, "v0:" + now() + ":{}")).statusCode(), "the signature of another body");
        assertFalse(new ZoomStore(context.store()).ended(1234567890L), "nothing kept from a refused call");

        assertEquals(200, post(ended, now(), TOKEN).statusCode());
        assertTrue(new ZoomStore(context.store()).ended(1234567890L), "Zoom said the meeting ended: its report is final");
    }

    private static long now() {
        return server.clock().instant().getEpochSecond();
    }

    private static HttpResponse<String> post(String body, long timestamp, String secret) throws Exception {
        return post(body, timestamp, secret, "v0=" + hmac(secret, "v0:" + timestamp + ":" + body));
    }

    private static HttpResponse<String> post(String body, long timestamp, String secret, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/conference/callback/zoom/events")))
                .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Zoom Marketplace/1.0a")
                .header("x-zm-request-timestamp", String.valueOf(timestamp)).header("x-zm-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
