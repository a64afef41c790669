package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.sabaq.api.conference.Callback;

/**
 * Zoom's webhooks at {@code /conference/callback/zoom/events}. Each request is signed with the app's
 * secret token: {@code x-zm-signature} = {@code v0=} + hex HMAC-SHA256 of {@code v0:<x-zm-request-timestamp>:<body>};
 * a request signed otherwise, or stamped more than five minutes from now (a replay), is refused. The
 * {@code endpoint.url_validation} challenge is answered with the plain token and its HMAC;
 * {@code meeting.ended} is kept, after which the meeting's participant report is final.
 */
final class ZoomWebhook {
    static final Duration FRESH = Duration.ofMinutes(5);

    static Callback.Reply receive(Callback call, String secret, Clock clock, ZoomStore store) {
        String body = new String(call.body(), StandardCharsets.UTF_8);
        String timestamp = call.header("x-zm-request-timestamp").orElse("");
        if (secret == null || secret.isBlank() || !fresh(timestamp, clock)
                || !same(call.header("x-zm-signature").orElse(""), "v0=" + hmac(secret, "v0:" + timestamp + ":" + body))) {
            return Callback.Reply.refused();
        }
        JsonNode event;
        try {
            event = ZoomApi.JSON.readTree(body);
        } catch (IOException notJson) {
            return new Callback.Reply(400, "Bad Request");
        }
        JsonNode payload = event.path("payload");
        switch (event.path("event").asText("")) {
            case "endpoint.url_validation" -> {
                String plain = payload.path("plainToken").asText("");
                return Callback.Reply.json(ZoomApi.JSON.valueToTree(Map.of("plainToken", plain,
                        "encryptedToken", hmac(secret, plain))).toString());
            }
            case "meeting.ended" -> {
                long id = payload.path("object").path("id").asLong(0);
                if (id != 0) {
                    store.ended(id, payload.path("object").path("end_time").asText(""));
                }
            }
            default -> {
                // other events the app may be subscribed to are not needed: answered so Zoom does not retry
            }
        }
        return Callback.Reply.ok();
    }

    /** The header's time, in seconds since the epoch, within {@link #FRESH} of now. */
    private static boolean fresh(String timestamp, Clock clock) {
        try {
            Instant stamped = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(stamped, clock.instant()).abs().compareTo(FRESH) <= 0;
        } catch (NumberFormatException | DateTimeException notATime) {
            return false;
        }
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    /** Compared in constant time, so the answer's timing tells nothing about the expected signature. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private ZoomWebhook() {
    }
}
