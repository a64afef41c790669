package kz.sabaq.conference.bbb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small BigBlueButton API server on 127.0.0.1, as the API reference describes it: every call under
 * {@code /bigbluebutton/api/} checked against the SHA-256 checksum of call name + query + secret
 * ({@code checksumError} otherwise); create, join (redirecting to the client), end and getRecordings
 * answered in the documented XML; when a meeting ends, its learning-analytics callback as the server posts it.
 */
public final class FakeBbb implements AutoCloseable {
    public static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";

    public final Map<String, Map<String, String>> meetings = new ConcurrentHashMap<>();
    /** Meetings ended by an {@code end} call, by id, with the parameters they were created with. */
    public final Map<String, Map<String, String>> ended = new ConcurrentHashMap<>();
    public final List<Map<String, String>> joins = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public FakeBbb() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bigbluebutton/api/", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestURI().getPath().substring("/bigbluebutton/api/".length());
        String raw = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        int at = raw.lastIndexOf("checksum=");
        String query = at <= 0 ? "" : raw.substring(0, at - 1);
        String checksum = at < 0 ? "" : raw.substring(at + "checksum=".length());
        if (!sha256(call + query + SECRET).equals(checksum)) {
            xml(exchange, failed("checksumError", "You did not pass the checksum security check"));
            return;
        }
        Map<String, String> p = parameters(query);
        String meetingId = p.getOrDefault("meetingID", "");
        switch (call) {
            case "create" -> {
                meetings.putIfAbsent(meetingId, p);
                xml(exchange, "<response><returncode>SUCCESS</returncode><meetingID>" + meetingId + "</meetingID>"
                        + "<internalMeetingID>int-" + meetingId + "</internalMeetingID><parentMeetingID>bbb-none</parentMeetingID>"
                        + "<createTime>1531155809613</createTime><voiceBridge>70757</voiceBridge><hasUserJoined>false</hasUserJoined>"
                        + "<duration>0</duration><hasBeenForciblyEnded>false</hasBeenForciblyEnded><messageKey></messageKey><message></message></response>");
            }
            case "join" -> {
                if (!meetings.containsKey(meetingId)) {
                    xml(exchange, failed("invalidMeetingIdentifier", "The meeting ID that you supplied did not match any existing meetings"));
                    return;
                }
                joins.add(p);
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1/html5client/join?sessionToken=x");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            }
            case "end" -> xml(exchange, endMeeting(meetingId) == null
                    ? failed("notFound", "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?")
                    : "<response><returncode>SUCCESS</returncode><messageKey>sentEndMeetingRequest</messageKey>"
                    + "<message>A request to end the meeting was sent.</message></response>");
            case "getRecordings" -> xml(exchange, "<response><returncode>SUCCESS</returncode><recordings><recording>"
                    + "<recordID>ffbfc4cc-" + meetingId + "</recordID><meetingID>" + meetingId + "</meetingID><name>Exam</name>"
                    + "<published>true</published><state>published</state><startTime>1530718721124</startTime>"
                    + "<endTime>1530718810456</endTime><participants>3</participants><playback><format><type>presentation</type>"
                    + "<url>https://bbb.example.kz/playback/presentation/2.3/ffbfc4cc-" + meetingId + "</url><length>0</length>"
                    + "</format></playback></recording></recordings></response>");
            default -> xml(exchange, failed("unsupportedRequest", "This request is not supported."));
        }
    }

    private Map<String, String> endMeeting(String meetingId) {
        Map<String, String> created = meetings.remove(meetingId);
        if (created != null) {
            ended.put(meetingId, created);
        }
        return created;
    }

    private static String failed(String key, String message) {
        return "<response><returncode>FAILED</returncode><messageKey>" + key + "</messageKey><message>" + message
                + "</message></response>";
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static void xml(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=UTF-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** One attendee of {@link #analytics}: the {@code userID} their join link gave, and each join with its leave. */
    public record Attendee(String extUserId, String name, boolean moderator, List<Instant> joins, List<Instant> leaves) {
    }

    /**
     * The learning-analytics JSON a BigBlueButton server posts when a meeting ends, exactly as its
     * {@code post_events_analytics_callback.rb} builds it (payload version 1.0): the external and internal
     * meeting ids and {@code data} — the bbbevents gem's recording with {@code meeting_id} taken out,
     * metadata keys in snake case, each attendee without the internal {@code id}: {@code ext_user_id},
     * {@code name}, {@code moderator}, {@code joins}, {@code leaves}, {@code duration}, {@code engagement},
     * {@code sessions}. Times are Ruby {@code Time}s as ActiveSupport writes them in JSON: ISO 8601 with
     * milliseconds and the server's own UTC offset.
     */
    public static String analytics(String meetingId, ZoneOffset serverZone, Instant start, Instant finish,
                                   List<Attendee> attendees) {
        DateTimeFormatter ruby = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(serverZone);
        List<Map<String, Object>> people = new ArrayList<>();
        for (Attendee a : attendees) {
            long seconds = 0;
            List<Map<String, Object>> joins = new ArrayList<>();
            List<Map<String, Object>> lefts = new ArrayList<>();
            String internal = "w_" + Integer.toHexString(a.extUserId().hashCode());
            for (int i = 0; i < a.joins().size(); i++) {
                seconds += a.leaves().get(i).getEpochSecond() - a.joins().get(i).getEpochSecond();
                joins.add(Map.of("timestamp", ruby.format(a.joins().get(i)), "userid", internal, "ext_userid", a.extUserId(),
                        "event", "join"));
                lefts.add(Map.of("timestamp", ruby.format(a.leaves().get(i)), "userid", internal, "ext_userid", a.extUserId(),
                        "event", "left"));
            }
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("ext_user_id", a.extUserId());
            person.put("name", a.name());
            person.put("moderator", a.moderator());
            person.put("joins", a.joins().stream().map(ruby::format).toList());
            person.put("leaves", a.leaves().stream().map(ruby::format).toList());
            person.put("duration", seconds);
            person.put("recent_talking_time", "");
            person.put("engagement", Map.of("chats", 0, "talks", 0, "raisehand", 0, "emojis", 0, "poll_votes", 0, "talk_time", 0));
            person.put("sessions", Map.of(internal, Map.of("joins", joins, "lefts", lefts)));
            people.add(person);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("metadata", Map.of("is_breakout", "false", "meeting_name", meetingId));
        data.put("duration", finish.getEpochSecond() - start.getEpochSecond());
        data.put("start", ruby.format(start));
        data.put("finish", ruby.format(finish));
        data.put("attendees", people);
        data.put("files", List.of("default.pdf"));
        data.put("polls", List.of());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", "1.0");
        payload.put("meeting_id", meetingId);
        payload.put("internal_meeting_id", "int-" + meetingId + "-" + start.toEpochMilli());
        payload.put("data", data);
        try {
            return new ObjectMapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the server does once a meeting Sabaq created ends (by an {@code end} call or on its own): posts its {@link #analytics} to the
     * meeting's {@code meta_analytics-callback-url}, signed as the server signs it; returns Sabaq's status.
     *
     * @param sabaq where the test's Sabaq listens (its public address in the settings names no port yet)
     */
    public int endWithAnalytics(URI sabaq, String meetingId, ZoneOffset serverZone, Instant start, Instant finish,
                                List<Attendee> attendees) throws IOException, InterruptedException {
        Map<String, String> running = endMeeting(meetingId);
        Map<String, String> created = running != null ? running : ended.get(meetingId);
        if (created == null) {
            throw new IllegalStateException(meetingId + " was never created");
        }
        URI callback = sabaq.resolve(URI.create(created.get("meta_analytics-callback-url")).getRawPath());
        return postAnalytics(callback.toString(), analytics(meetingId, serverZone, start, finish, attendees), SECRET);
    }

    /**
     * Posts learning-analytics data as the server does: JSON with a bearer JWT (claims: {@code exp} in 24
     * hours) signed HS512 with {@code secret}; returns the HTTP status Sabaq answered.
     */
    public static int postAnalytics(String callbackUrl, String json, String secret) throws IOException, InterruptedException {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String head = b64.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString("{\"exp\":1999999999}".getBytes(StandardCharsets.UTF_8));
        String token;
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            token = head + "." + claims + "." + b64.encodeToString(mac.doFinal((head + "." + claims).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(callbackUrl)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("User-Agent", "BigBlueButton Analytics Callback")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
