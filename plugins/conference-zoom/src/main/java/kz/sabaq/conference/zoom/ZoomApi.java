package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.UserError;

/**
 * Zoom's REST API (v2): JSON with the Server-to-Server OAuth token as bearer. A token Zoom refuses (401:
 * expired or revoked) is forgotten and the call made once more with a new one. Failures reach the user
 * as translated messages: not configured, Zoom unreachable, wrong credentials, anything else Zoom refused.
 */
final class ZoomApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final ZoomTokens.Credentials credentials;
    private final ZoomTokens tokens;
    private final PlatformContext context;

    private ZoomApi(URI base, ZoomTokens.Credentials credentials, ZoomTokens tokens, PlatformContext context) {
        this.base = base;
        this.credentials = credentials;
        this.tokens = tokens;
        this.context = context;
    }

    /** The API as the plugin's settings configure it; refused as not configured while a credential is missing. */
    static ZoomApi of(PlatformContext context, ZoomTokens tokens) {
        ModuleSettings s = context.settings();
        String api = s.text(ZoomModule.API);
        String oauth = s.text(ZoomModule.OAUTH);
        String account = s.text(ZoomModule.ACCOUNT);
        String client = s.text(ZoomModule.CLIENT);
        String secret = s.text(ZoomModule.CLIENT_SECRET);
        if (!FieldType.isWebAddress(api) || !FieldType.isWebAddress(oauth)
                || blank(account) || blank(client) || blank(secret)) {
            throw new UserError(503, "conference-zoom.error.notConfigured");
        }
        URI base = URI.create(api.endsWith("/") ? api : api + "/");
        return new ZoomApi(base, new ZoomTokens.Credentials(URI.create(oauth), account.strip(), client.strip(), secret.strip()),
                tokens, context);
    }

    JsonNode get(String path) {
        return call("GET", path, null).orElseThrow(() -> new UserError(502, "conference-zoom.error.refused", "404"));
    }

    /** GET, empty when Zoom answers 404 (no such meeting, report or recording yet). */
    Optional<JsonNode> find(String path) {
        return call("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body).orElseThrow(() -> new UserError(502, "conference-zoom.error.refused", "404"));
    }

    /** PATCH or PUT; empty when Zoom answers 404. */
    Optional<JsonNode> change(String method, String path, Object body) {
        return call(method, path, body);
    }

    private Optional<JsonNode> call(String method, String path, Object body) {
        HttpResponse<byte[]> response = send(method, path, body);
        if (response.statusCode() == 401) {
            tokens.forget();
            response = send(method, path, body);
        }
        int status = response.statusCode();
        if (status == 404) {
            return Optional.empty();
        }
        JsonNode answer = parse(response.body());
        if (status / 100 != 2) {
            throw new UserError(502, "conference-zoom.error.refused", answer.path("message").asText(String.valueOf(status)));
        }
        return Optional.of(answer);
    }

    private HttpResponse<byte[]> send(String method, String path, Object body) {
        String token = tokens.token(credentials, context.http(), context.clock());
        HttpRequest.BodyPublisher content;
        try {
            content = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, content).build();
        return send(context.http(), request);
    }

    /** Sends a request; Zoom not answering is a translated error. */
    static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UserError(502, "conference-zoom.error.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(502, "conference-zoom.error.unreachable");
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            throw new UserError(502, "conference-zoom.error.unreachable");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
