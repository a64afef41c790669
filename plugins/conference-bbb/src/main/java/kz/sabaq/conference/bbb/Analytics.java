package kz.sabaq.conference.bbb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.sabaq.api.conference.Callback;
import kz.sabaq.api.conference.KeyValueStore;
import kz.sabaq.api.conference.Participation;

/**
 * The learning-analytics data BigBlueButton posts to {@code meta_analytics-callback-url} when a meeting
 * ends (its {@code post_events_analytics_callback.rb}, payload version 1.0): JSON signed by a bearer JWT
 * (HS512 with the shared secret). Kept by {@code meeting_id}, the id Sabaq created the meeting with; in
 * {@code data.attendees}, each attendee's {@code ext_user_id} is the Sabaq user id the join link gave, and
 * their {@code joins} and {@code leaves} are the stretches attendance is taken from (the server closes a
 * stretch still open at the meeting's end with its finish).
 */
final class Analytics {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String key(String meetingId) {
        return "analytics:" + meetingId;
    }

    static Callback.Reply receive(Callback call, String secret, KeyValueStore store) {
        String token = call.header("authorization").filter(h -> h.startsWith("Bearer ")).map(h -> h.substring(7))
                .orElse("");
        if (secret == null || secret.isBlank() || !signed(token, secret)) {
            return Callback.Reply.refused();
        }
        try {
            JsonNode body = JSON.readTree(call.body());
            String meeting = body.path("meeting_id").asText("");
            if (meeting.isEmpty() || meeting.length() > 150) {
                return new Callback.Reply(400, "Bad Request");
            }
            store.put(key(meeting), new String(call.body(), StandardCharsets.UTF_8));
            return Callback.Reply.ok();
        } catch (IOException notJson) {
            return new Callback.Reply(400, "Bad Request");
        }
    }

    /** Each attendee's stretches: the n-th join with the n-th leave (none yet while still connected). */
    static List<Participation> participations(String stored) {
        List<Participation> found = new ArrayList<>();
        try {
            for (JsonNode attendee : JSON.readTree(stored).path("data").path("attendees")) {
                String who = attendee.path("ext_user_id").asText("");
                JsonNode joins = attendee.path("joins");
                JsonNode leaves = attendee.path("leaves");
                for (int i = 0; i < joins.size(); i++) {
                    Instant left = i < leaves.size() ? time(leaves.get(i)) : null;
                    found.add(new Participation(who, time(joins.get(i)), left));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        return found;
    }

    /**
     * A time as the server writes it: a Ruby {@code Time} in ActiveSupport's JSON, ISO 8601 with
     * milliseconds and the server's UTC offset (e.g. {@code 2026-12-10T09:02:00.000+05:00}).
     */
    private static Instant time(JsonNode text) {
        return OffsetDateTime.parse(text.asText()).toInstant();
    }

    /** A compact JWT whose HS512 signature over header and payload is made with the secret. */
    private static boolean signed(String token, String secret) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]));
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }

    private Analytics() {
    }
}
