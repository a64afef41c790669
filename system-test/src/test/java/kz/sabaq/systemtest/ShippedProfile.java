package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;

/**
 * A server started from a shipped institution profile ({@code config/institutions/<id>.yaml}) with
 * every plugin of the source tree on offer, and one class of the stream under test: ten meetings of
 * one stream, 13:10-14:00 Almaty time, the last on {@link #DAY}, in a room whose network is the
 * loopback the test's browsers come from. The same scenario runs under every profile; only the
 * profile's settings differ.
 */
final class ShippedProfile {
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final ObjectMapper JSON = new ObjectMapper();

    final TestServer server;
    final AcademicFixture academic;
    final long stream;
    final List<Long> sessions = new ArrayList<>();
    private final long group;
    private final WebClient teacher;

    static TestServer start(String profile, UnaryOperator<TestServer.Builder> change) {
        return change.apply(TestServer.builder().profile(profile).plugins(AllPlugins.dir())
                .clock(MutableClock.at(utc(DAY.atTime(7, 0)).toString()))).start();
    }

    ShippedProfile(TestServer server) {
        this.server = server;
        this.academic = new AcademicFixture(server);
        String teacherIin = Iins.next();
        long teacherId = server.user(teacherIin, "Тоқтаров", "Ерлан", StandardRoles.TEACHER);
        group = academic.group("П-" + teacherIin.substring(6));
        long room = academic.room("R" + teacherIin.substring(6), List.of("127.0.0.0/8", "::1/128"), null, null);
        stream = academic.stream(teacherId, group);
        for (int day = 9; day >= 0; day--) {
            LocalDate date = DAY.minusDays(day);
            sessions.add(academic.session(stream, room, date.atTime(13, 10), date.atTime(14, 0)));
        }
        teacher = server.client();
        assertEquals(303, teacher.login(teacherIin).status());
    }

    record Listener(long id, WebClient web) {
    }

    Listener listener(String surname) {
        String iin = Iins.next();
        long id = academic.student(iin, surname, "Айжан", group);
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return new Listener(id, web);
    }

    /** The listener scans the code the screen of meeting {@code index} (0: the earliest) shows at {@code localTime}. */
    void scan(Listener listener, int index, String phase, String localTime) {
        at(index, localTime);
        WebClient.Page code = teacher.getJson("/attendance-qr/sessions/" + sessions.get(index) + "/code/" + phase);
        assertEquals(200, code.status(), code.body());
        String path;
        try {
            path = URI.create(JSON.readTree(code.body()).get("link").asText()).getRawPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        WebClient.Page marked = listener.web().get(path.substring(path.indexOf("/attendance-qr/check-in/")));
        assertEquals(200, marked.status(), marked.body());
    }

    /** The trainer's page of meeting {@code index}. */
    String teacherPage(int index) {
        return teacher.get("/attendance-qr/sessions/" + sessions.get(index)).body();
    }

    /** Sets the clock to this local time on the day of meeting {@code index}. */
    void at(int index, String localTime) {
        server.clock().set(utc(DAY.minusDays(sessions.size() - 1L - index).atTime(LocalTime.parse(localTime))));
    }

    static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
