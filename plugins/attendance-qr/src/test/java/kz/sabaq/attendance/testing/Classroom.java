package kz.sabaq.attendance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.AttendanceGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * One class meeting for a test: a teacher, a group, a room whose network is the loopback (tests
 * come from 127.0.0.1), a stream and a session on 14 September 2026 from 13:10 to 14:00 Almaty
 * time. The clock is moved with {@link #at}, in the institution's local time.
 */
public final class Classroom {
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    public static final LocalDate DAY = LocalDate.of(2026, 9, 14);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    public final TestServer server;
    public final AcademicFixture academic;
    public final long teacher;
    public final String teacherIin;
    public final long group;
    public final long room;
    public final long stream;
    public final long session;
    private WebClient teacherWeb;

    public record Listener(long id, String iin, WebClient web) {
    }

    public record Row(long id, long studentId, String phase, String status, String source, LocalDateTime markedAt, String review) {
    }

    public static TestServer server(Map<String, Object> settings) {
        return TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", settings).start();
    }

    public Classroom(TestServer server) {
        this(server, List.of("127.0.0.0/8", "::1/128"), 43.238949, 76.889709);
    }

    public Classroom(TestServer server, List<String> networks, Double latitude, Double longitude) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        int n = NEXT.incrementAndGet();
        teacherIin = Iins.next();
        teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        group = academic.group("ИС-" + n);
        room = academic.room("R" + n, networks, latitude, longitude);
        stream = academic.stream(teacher, group);
        session = academic.session(stream, room, DAY.atTime(13, 10), DAY.atTime(14, 0));
        at("13:00");
    }

    /** Sets the server clock to this local time of the class day ({@code HH:mm} or {@code HH:mm:ss}). */
    public void at(String localTime) {
        server.clock().set(utc(DAY.atTime(LocalTime.parse(localTime))));
    }

    public static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public Listener listener(String surname) {
        return listener(surname, group);
    }

    public Listener listener(String surname, long ofGroup) {
        String iin = Iins.next();
        long id = academic.student(iin, surname, "Айжан", ofGroup);
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return new Listener(id, iin, web);
    }

    /** Someone else with this role, logged in: not this class's teacher nor one of its listeners. */
    public static WebClient someoneElse(TestServer server, String role) {
        String iin = Iins.next();
        server.user(iin, "Басқа", "Адам", role);
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    public WebClient teacherWeb() {
        if (teacherWeb == null) {
            teacherWeb = server.client();
            assertEquals(303, teacherWeb.login(teacherIin).status());
        }
        return teacherWeb;
    }

    /** What the session's screen shows now, as the trainer's page asks for it. */
    public JsonNode code(String phase) {
        WebClient.Page page = teacherWeb().getJson("/attendance-qr/sessions/" + session + "/code/" + phase);
        assertEquals(200, page.status(), page.body());
        try {
            return JSON.readTree(page.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the check-in link the screen shows now. */
    public String link(String phase) {
        return linkOf(session, phase);
    }

    /** The path of the check-in link another session of this stream shows now. */
    public String linkOf(long sessionId, String phase) {
        WebClient.Page page = teacherWeb().getJson("/attendance-qr/sessions/" + sessionId + "/code/" + phase);
        assertEquals(200, page.status(), page.body());
        try {
            String path = URI.create(JSON.readTree(page.body()).get("link").asText()).getRawPath();
            return path.substring(path.indexOf("/attendance-qr/check-in/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String typed(String phase) {
        return code(phase).get("typed").asText();
    }

    public WebClient.Page scan(Listener listener, String phase) {
        return listener.web().get(link(phase));
    }

    public List<Row> marks() {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement("SELECT id, student_id, phase, status, source, marked_at, review "
                     + "FROM att_mark WHERE session_id = ? ORDER BY id")) {
            s.setLong(1, session);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getObject(6, LocalDateTime.class), r.getString(7)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Row mark(Listener listener, String phase) {
        return marks().stream().filter(m -> m.studentId() == listener.id() && m.phase().equalsIgnoreCase(phase)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + phase + " mark of " + listener.id()));
    }

    public List<String> signals(long markId) {
        return strings("SELECT reason FROM att_signal WHERE mark_id = ? ORDER BY reason", markId);
    }

    public List<String> strings(String sql, Object... values) {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a mark straight into the table, as an earlier day's check-in left it.
     *
     * @param localTime when it was marked, in the institution's time; the session ends at 14:00 that day
     */
    public void insertMark(long sessionId, long studentId, String phase, String status, String source, LocalDateTime localTime) {
        new AttendanceGenerator(academic.generator()).mark(sessionId, studentId, phase, status, source,
                utc(localTime), utc(localTime.withHour(14).withMinute(0)));
    }

    /** Where the login after a scan made before it returns to: the receipt that completes the scan. */
    public static String receipt(WebClient.Page scan) {
        assertEquals(303, scan.status(), "not logged in: the scan goes through the login");
        URI login = URI.create(scan.location());
        assertEquals("/login", login.getPath());
        String back = Arrays.stream(login.getRawQuery().split("&")).filter(p -> p.startsWith("return="))
                .map(p -> URLDecoder.decode(p.substring("return=".length()), StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new AssertionError(scan.location()));
        assertTrue(back.startsWith("/attendance-qr/check-in/receipt/"), back);
        return back;
    }

    /** The listener's row of the session page's roster. */
    public static String rosterRow(String page, long studentId) {
        int start = page.indexOf("id=\"listener-" + studentId + "\"");
        assertTrue(start >= 0, page);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
