package kz.sabaq.attestation.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MemorySettings;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.TestViewer;
import kz.sabaq.core.testing.WebClient;

/**
 * One stream's online final control for a test: the real server with online attestation and the
 * ticket plugins, a teacher, a group, a stream by ticket, and a {@link Distribution} of its own
 * built over a second connection pool to the same database (the server's classes live in the
 * plugin's class loader). Slots and sittings are written straight into the tables, as the staff
 * and slot parts would. The clock starts at 2026-09-14T08:00:00Z.
 */
final class Exam implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-09-14T08:00:00Z");
    /** Students choose their tickets (self-select), one pool for the whole stream. */
    static final Map<String, Object> OWN_CHOICE = Map.of("wholeStream", true, "distribution", "self-select");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    final TestServer server;
    final AcademicFixture academic;
    final AttestationGenerator attestation;
    final long teacher;
    final long group;
    final long stream;
    final Database db;
    final Distribution distribution;
    /** One HTTP/1.1 client without a cookie jar for every student: each request names its session. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Long, Browser> browsers = new java.util.concurrent.ConcurrentHashMap<>();

    /** Server with online attestation (these settings), the random and self-select plugins, and {@code more}. */
    static Exam start(Map<String, Object> settings, String... more) {
        TestServer.Builder builder = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", settings).enable("tickets-random", Map.of())
                .enable("tickets-self-select", Map.of());
        for (String plugin : more) {
            builder.enable(plugin, Map.of());
        }
        return new Exam(builder.start(), settings);
    }

    private Exam(TestServer server, Map<String, Object> settings) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        int n = NEXT.incrementAndGet();
        attestation = new AttestationGenerator(academic.generator());
        teacher = academic.generator().user().named("Сейітқали", "Нұрлан").teacher().create();
        group = academic.group("ОА-" + n);
        stream = academic.stream(teacher, group);
        attestation.exam(stream).create();
        db = server.separateDatabase();
        distribution = DistributionWiring.build(db.mapper(DistributionMapper.class), db.mapper(AttestationMapper.class),
                new AttestationSettings(new MemorySettings(AttestationSettings.definitions(), settings)), strategies(), db,
                new Audit(db.mapper(AuditMapper.class), server.clock()), server.clock());
    }

    /** Whoever presses "Generate ticket numbers" (the slot part has checked their rights already). */
    Viewer staff() {
        return TestViewer.holdingAll(teacher, Locale.forLanguageTag("kk"));
    }

    List<TicketDistributionStrategy> strategies() {
        return server.app().plugins().extensions(TicketDistributionStrategy.class);
    }

    void tickets(int count) {
        attestation.exam(stream).tickets(count).ticketsSavedAt(utc(NOW)).create();
    }

    void withoutTickets() {
        attestation.exam(stream).withoutTickets().create();
    }

    /** A slot from {@code start} for {@code length}. */
    ExamSlot slot(Instant start, Duration length) {
        long id = attestation.slot(stream, teacher).between(utc(start), utc(start.plus(length))).createdAt(utc(NOW)).create();
        return db.mapper(AttestationMapper.class).slot(id);
    }

    long student() {
        return academic.student(Iins.next(), "Студент", "№" + NEXT.incrementAndGet(), group);
    }

    /** Students of the group sitting in the slot; placed for choosing when {@code placed}. */
    List<Long> sit(ExamSlot slot, int count, boolean placed) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = student();
            sit(slot, id, placed);
            ids.add(id);
        }
        return ids;
    }

    void sit(ExamSlot slot, long student, boolean placed) {
        attestation.sitting(stream, student, slot.id()).placedAt(placed ? utc(NOW) : null).create();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Student id → ticket number of every student of the stream who has one. */
    Map<Long, Integer> given() {
        Map<Long, Integer> given = new LinkedHashMap<>();
        query("SELECT student_id, ticket_number FROM oa_sitting WHERE stream_id = ? AND ticket_number IS NOT NULL "
                + "ORDER BY student_id", r -> given.put(r.getLong(1), r.getInt(2)), stream);
        return given;
    }

    Map<Long, Integer> given(ExamSlot slot) {
        Map<Long, Integer> given = new LinkedHashMap<>();
        query("SELECT student_id, ticket_number FROM oa_sitting WHERE slot_id = ? AND ticket_number IS NOT NULL "
                + "ORDER BY student_id", r -> given.put(r.getLong(1), r.getInt(2)), slot.id());
        return given;
    }

    /** Audit entries of an action, oldest first, details as JSON. */
    List<JsonNode> audit(String action) {
        List<JsonNode> found = new ArrayList<>();
        query("SELECT details FROM audit_event WHERE action = ? ORDER BY id", r -> {
            try {
                found.add(JSON.readTree(r.getString(1)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, action);
        return found;
    }

    byte[] secret() {
        return java.util.HexFormat.of().parseHex(db.mapper(DistributionMapper.class).secret(stream));
    }

    /** A student's browser (one per student), logged in with a session opened directly (no password hashing). */
    Browser browser(long student) {
        return browsers.computeIfAbsent(student, this::login);
    }

    private Browser login(long student) {
        String token = new kz.sabaq.core.auth.SessionStore(
                server.app().database().mapper(kz.sabaq.core.auth.SessionMapper.class), server.clock()).open(student);
        String[] csrf = new String[1];
        query("SELECT csrf_token FROM web_session WHERE user_id = ? ORDER BY created_at DESC LIMIT 1",
                r -> csrf[0] = r.getString(1), student);
        return new Browser(http, server.url(""), "sabaq_session=" + token, csrf[0]);
    }

    /** A student's requests to the tile endpoints, with the session cookie and the CSRF header. */
    record Browser(HttpClient http, String base, String cookie, String csrf) {

        WebClient.Page tiles(long streamId) {
            return send(HttpRequest.newBuilder(URI.create(base + "/online-attestation/streams/" + streamId + "/tiles"))
                    .header("Cookie", cookie).header("Accept", "application/json").GET().build());
        }

        WebClient.Page choose(long streamId, int position) {
            return choose(streamId, position, csrf);
        }

        WebClient.Page choose(long streamId, int position, String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/online-attestation/streams/" + streamId + "/tiles/" + position))
                    .header("Cookie", cookie).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (token != null) {
                b.header("X-CSRF-Token", token);
            }
            return send(b.build());
        }

        private WebClient.Page send(HttpRequest request) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new WebClient.Page(r.statusCode(), r.body(), r.headers());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonNode json(WebClient.Page page) {
        try {
            return JSON.readTree(page.body());
        } catch (IOException e) {
            throw new IllegalStateException(page.status() + " " + page.body(), e);
        }
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    void query(String sql, RowReader reader, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        db.close();
        server.close();
    }
}
