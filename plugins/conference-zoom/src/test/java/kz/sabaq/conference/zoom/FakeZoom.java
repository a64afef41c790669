package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Zoom on 127.0.0.1, as Zoom's API reference describes it: the OAuth token endpoint of the
 * {@code account_credentials} grant (HTTP Basic client id and secret; {@code invalid_client} otherwise;
 * tokens living {@code expires_in} seconds of the test's clock) and, under {@code /v2/}, the calls the
 * platform makes, each refusing a missing, unknown or expired bearer token with 401 and code 124.
 */
public final class FakeZoom implements AutoCloseable {
    public static final String ACCOUNT = "Xk3bQ9aLTsWq1v2nE7dYgA";
    public static final String CLIENT = "pZ8r1tYbS6uGqk0fHc3x";
    public static final String SECRET = "Yw5mN2bV8cX1zL4kJ7hG0fD3sA6qP9rT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MEETING = Pattern.compile("/v2/meetings/(\\d+)(/registrants|/status|/recordings)?");
    private static final Pattern REPORT = Pattern.compile("/v2/report/meetings/(\\d+)/participants");

    public final Map<Long, ObjectNode> meetings = new ConcurrentHashMap<>();
    public final Map<String, ObjectNode> registrants = new ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public final AtomicLong tokensIssued = new AtomicLong();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<Long, List<ObjectNode>> report = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> cloud = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(85746065432L);
    private final Supplier<Instant> now;
    private final HttpServer server;

    /** @param now the time tokens expire by: the test's clock */
    public FakeZoom(Supplier<Instant> now) throws IOException {
        this.now = now;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth/token", this::token);
        server.createContext("/v2/", this::api);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The participant of a registration's join link connected from {@code joined} to {@code left}, as the report lists it. */
    public void attended(String joinUrl, Instant joined, Instant left) {
        ObjectNode registrant = registrants.get(joinUrl.substring(joinUrl.indexOf("tk=") + 3));
        long meeting = registrant.path("meeting").asLong();
        ObjectNode row = JSON.createObjectNode().put("id", "").put("user_id", String.valueOf(16778240 + report.size()))
                .put("name", registrant.path("first_name").asText()).put("user_email", registrant.path("email").asText())
                .put("join_time", joined.toString()).put("leave_time", left.toString())
                .put("duration", left.getEpochSecond() - joined.getEpochSecond()).put("attentiveness_score", "")
                .put("failover", false).put("status", "in_meeting").put("customer_key", "")
                .put("registrant_id", registrant.path("id").asText()).put("participant_user_id", "");
        report.computeIfAbsent(meeting, m -> new CopyOnWriteArrayList<>()).add(row);
    }

    /** The host, who started the meeting with its start_url: a row with no registrant id. */
    public void hostAttended(long meeting, String name, Instant joined, Instant left) {
        report.computeIfAbsent(meeting, m -> new CopyOnWriteArrayList<>()).add(JSON.createObjectNode().put("id", "").put("name", name)
                .put("join_time", joined.toString()).put("leave_time", left.toString()).put("registrant_id", ""));
    }

    /** Every token issued so far stops working, as when the app's credentials are regenerated. */
    public void revokeTokens() {
        tokens.clear();
    }

    /** The cloud recording of the meeting, completed. */
    public void recorded(long meeting, Instant start, Instant end) {
        ObjectNode rec = JSON.createObjectNode().put("uuid", "4444AAAiAAAAAiAiAiiAii==").put("id", meeting)
                .put("topic", meetings.get(meeting).path("topic").asText()).put("start_time", start.toString())
                .put("duration", (end.getEpochSecond() - start.getEpochSecond()) / 60).put("recording_count", 1)
                .put("share_url", "https://zoom.us/rec/share/abc" + meeting);
        rec.putArray("recording_files").addObject().put("id", "ed6c2f27-2ae7-42f4-b3d0-835b493e4fa8")
                .put("meeting_id", "4444AAAiAAAAAiAiAiiAii==").put("recording_start", start.toString())
                .put("recording_end", end.toString()).put("file_type", "MP4").put("file_extension", "MP4")
                .put("file_size", 264844).put("play_url", "https://zoom.us/rec/play/" + meeting)
                .put("download_url", "https://zoom.us/rec/download/" + meeting).put("status", "completed")
                .put("recording_type", "shared_screen_with_speaker_view");
        cloud.put(meeting, rec);
    }

    private void token(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod()) || !expected.equals(auth)) {
            json(exchange, 400, "{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}");
            return;
        }
        if (!form.contains("grant_type=account_credentials") || !form.contains("account_id=" + ACCOUNT)) {
            json(exchange, 400, "{\"reason\":\"Invalid request : Account id is invalid.\",\"error\":\"invalid_request\"}");
            return;
        }
        String token = "eyJ" + UUID.randomUUID().toString().replace("-", "");
        tokens.put(token, now.get().plusSeconds(3599));
        tokensIssued.incrementAndGet();
        json(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":3599,"
                + "\"scope\":\"meeting:write:admin meeting:read:admin report:read:admin recording:read:admin\"}");
    }

    private void api(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Instant expires = auth == null || !auth.startsWith("Bearer ") ? null : tokens.get(auth.substring(7));
        if (expires == null) {
            json(exchange, 401, "{\"code\":124,\"message\":\"Invalid access token.\"}");
            return;
        }
        if (!now.get().isBefore(expires)) {
            json(exchange, 401, "{\"code\":124,\"message\":\"Access token is expired.\"}");
            return;
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] sent = exchange.getRequestBody().readAllBytes();
        JsonNode body = sent.length == 0 ? JSON.createObjectNode() : JSON.readTree(sent);
        calls.add(method + " " + path);
        Matcher m = MEETING.matcher(path);
        Matcher r = REPORT.matcher(path);
        if (method.equals("POST") && path.matches("/v2/users/[^/]+/meetings")) {
            create(exchange, (ObjectNode) body);
        } else if (m.matches()) {
            meeting(exchange, method, Long.parseLong(m.group(1)), m.group(2), body);
        } else if (r.matches() && method.equals("GET")) {
            List<ObjectNode> rows = report.get(Long.parseLong(r.group(1)));
            if (rows == null) {
                json(exchange, 404, "{\"code\":3001,\"message\":\"Meeting does not exist: " + r.group(1) + ".\"}");
                return;
            }
            ObjectNode page = JSON.createObjectNode().put("page_count", 1).put("page_size", 300)
                    .put("total_records", rows.size()).put("next_page_token", "");
            page.putArray("participants").addAll(rows);
            json(exchange, 200, page.toString());
        } else {
            json(exchange, 404, "{\"code\":404,\"message\":\"Not Found\"}");
        }
    }

    private void create(HttpExchange exchange, ObjectNode body) throws IOException {
        String passcode = body.path("password").asText("");
        if (passcode.length() > 10 || !passcode.matches("[A-Za-z0-9@_*-]*")) {
            json(exchange, 400, "{\"code\":300,\"message\":\"Invalid parameter: password.\"}");
            return;
        }
        long id = ids.incrementAndGet();
        ObjectNode meeting = body.deepCopy();
        meeting.put("id", id).put("uuid", "aDYlohsHRtCd4ii1uC2+hA==").put("host_id", "30R7kT7bTIKSNUFEuH_Qlg")
                .put("host_email", "registrar@college.kz").put("status", "waiting").put("created_at", now.get().toString())
                .put("join_url", url("/j/" + id + "?pwd=" + passcode)).put("encrypted_password", "UnlYVXVmN2ZmcUhmR0wvdHhlY0tzUT09")
                .put("h323_password", "123456").put("pstn_password", "123456").put("pre_schedule", false);
        meetings.put(id, meeting);
        json(exchange, 201, withStartUrl(meeting).toString());
    }

    private void meeting(HttpExchange exchange, String method, long id, String part, JsonNode body) throws IOException {
        ObjectNode meeting = meetings.get(id);
        if (meeting == null) {
            json(exchange, 404, "{\"code\":3001,\"message\":\"Meeting does not exist: " + id + ".\"}");
            return;
        }
        String call = method + " " + (part == null ? "" : part);
        switch (call) {
            case "GET " -> json(exchange, 200, withStartUrl(meeting).toString());
            case "PATCH " -> {
                meeting.setAll((ObjectNode) body);
                empty(exchange, 204);
            }
            case "POST /registrants" -> register(exchange, id, meeting, body);
            case "PUT /status" -> {
                meeting.put("status", "end".equals(body.path("action").asText()) ? "finished" : meeting.path("status").asText());
                empty(exchange, 204);
            }
            case "GET /recordings" -> {
                ObjectNode rec = cloud.get(id);
                if (rec == null) {
                    json(exchange, 404, "{\"code\":3301,\"message\":\"This recording does not exist.\"}");
                } else {
                    json(exchange, 200, rec.toString());
                }
            }
            default -> json(exchange, 405, "{\"code\":405,\"message\":\"Method Not Allowed\"}");
        }
    }

    private void register(HttpExchange exchange, long id, ObjectNode meeting, JsonNode body) throws IOException {
        if (meeting.path("settings").path("approval_type").asInt(2) == 2) {
            json(exchange, 400, "{\"code\":3043,\"message\":\"Registration has not been enabled for this meeting: " + id + ".\"}");
            return;
        }
        if (!body.path("email").asText("").matches("[^@\\s]+@[^@\\s]+") || body.path("first_name").asText("").isBlank()) {
            json(exchange, 400, "{\"code\":300,\"message\":\"Validation Failed.\",\"errors\":[{\"field\":\"email\",\"message\":\"Invalid field.\"}]}");
            return;
        }
        String registrant = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        String tk = UUID.randomUUID().toString().replace("-", "");
        ObjectNode kept = ((ObjectNode) body.deepCopy()).put("id", registrant).put("meeting", id);
        registrants.put(tk, kept);
        json(exchange, 201, JSON.createObjectNode().put("id", id).put("join_url", url("/w/" + id + "?tk=" + tk))
                .put("registrant_id", registrant).put("start_time", meeting.path("start_time").asText())
                .put("topic", meeting.path("topic").asText()).toString());
    }

    /** A start_url carries a fresh ZAK token, valid two hours. */
    private ObjectNode withStartUrl(ObjectNode meeting) {
        return meeting.deepCopy().put("start_url", url("/s/" + meeting.path("id").asLong() + "?zak=" + UUID.randomUUID()));
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
