package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import kz.sabaq.api.web.UserError;

/**
 * Server-to-Server OAuth: an access token of the {@code account_credentials} grant, asked of Zoom's token
 * endpoint with the app's client id and secret (HTTP Basic) and the account id, and kept until shortly
 * before it expires (an hour; there is no refresh token). Changed credentials ask for a new one.
 */
final class ZoomTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A token this close to its end is not used: a request made with it could arrive after it. */
    private static final Duration MARGIN = Duration.ofMinutes(1);

    /** The app's credentials, as the administrator set them. */
    record Credentials(URI endpoint, String accountId, String clientId, String clientSecret) {
    }

    private record Token(Credentials credentials, String value, Instant expires) {
    }

    private final AtomicReference<Token> cached = new AtomicReference<>();

    /** A valid access token: the kept one, or a new one when it is near its end or the credentials changed. */
    String token(Credentials credentials, HttpClient http, Clock clock) {
        Token kept = cached.get();
        if (kept != null && kept.credentials().equals(credentials) && clock.instant().isBefore(kept.expires().minus(MARGIN))) {
            return kept.value();
        }
        Token fresh = ask(credentials, http, clock);
        cached.set(fresh);
        return fresh.value();
    }

    /** Forgets the kept token, which Zoom refused (revoked, or the app deactivated). */
    void forget() {
        cached.set(null);
    }

    private static Token ask(Credentials c, HttpClient http, Clock clock) {
        String basic = Base64.getEncoder().encodeToString((c.clientId() + ":" + c.clientSecret()).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=account_credentials&account_id=" + URLEncoder.encode(c.accountId(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(c.endpoint()).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Instant asked = clock.instant();
        HttpResponse<byte[]> response = ZoomApi.send(http, request);
        if (response.statusCode() != 200) {
            throw new UserError(502, "conference-zoom.error.credentials");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String value = body.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new UserError(502, "conference-zoom.error.credentials");
            }
            return new Token(c, value, asked.plusSeconds(body.path("expires_in").asLong(0)));
        } catch (IOException notJson) {
            throw new UserError(502, "conference-zoom.error.unreachable");
        }
    }
}
