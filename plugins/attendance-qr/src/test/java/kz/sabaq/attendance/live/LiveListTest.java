package kz.sabaq.attendance.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trainer's list updates without a reload: Server-Sent Events announce each change. */
class LiveListTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSessionPageStreamAnnouncesEachCheckInAsItHappens() throws Exception {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        WebClient teacher = room.teacherWeb();
        HttpResponse<InputStream> stream = teacher.http().sendAsync(HttpRequest.newBuilder(
                        URI.create(teacher.url("/attendance-qr/sessions/" + room.session + "/events")))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(8, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String before = nextMarksEvent(events);

            room.scan(listener, "in");
            String after = nextMarksEvent(events);

            assertNotEquals(before, after, "the event carries the new state");
        }
    }

    @Test
    void onlyThoseWhoMayOpenTheSessionPageGetItsStream() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = server.client();
        other.login(iin);

        WebClient.Page refused = other.send(HttpRequest.newBuilder(
                        URI.create(other.url("/attendance-qr/sessions/" + room.session + "/events")))
                .header("Accept", "text/event-stream").GET().build());

        assertEquals(403, refused.status());
    }

    /** The data of the next {@code marks} event; a stalled stream fails the test instead of hanging it. */
    private static String nextMarksEvent(BufferedReader events) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                boolean marks = false;
                for (String line = events.readLine(); line != null; line = events.readLine()) {
                    if (line.equals("event: marks")) {
                        marks = true;
                    } else if (marks && line.startsWith("data: ")) {
                        return line.substring("data: ".length());
                    }
                }
                throw new AssertionError("the stream ended");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(8, TimeUnit.SECONDS);
    }
}
