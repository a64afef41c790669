package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The slot's live stream: staff see a student come online, view the questions and send the answer. */
class LiveTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void staffSeeAStudentComeOnlineWhenTheyOpenThePage() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 4, "<p>Сұрақ</p>");
        room.at("10:00");
        try (BufferedReader events = open(room.teacherWeb(), room.slot)) {
            Map<Long, String> first = until(events, rows -> rows.containsKey(s.id()));
            assertTrue(first.get(s.id()).contains("\"online\":false"), first.toString());

            s.web().get(s.page());
            String online = until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"online\":true")).get(s.id());
            assertTrue(online.contains("\"ticket\":\"4\""), online);

            s.web().post(s.page() + "/questions", Map.of());
            String viewed = until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"viewed\":\"15.01.2027 10:00\""))
                    .get(s.id());
            assertTrue(viewed.contains("\"sent\":\"\""), viewed);
        }
    }

    @Test
    void aClosedPageIsOfflineAtOnce() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        s.web().get(s.page());
        try (BufferedReader events = open(room.teacherWeb(), room.slot)) {
            until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"online\":true"));

            assertEquals(204, s.web().post(s.page() + "/presence/leave", Map.of()).status());

            until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"online\":false"));
        }
    }

    @Test
    void aPageThatStopsBeatingGoesOfflineAfterThePresenceWindow() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        room.at("10:00");
        s.web().get(s.page());
        try (BufferedReader events = open(room.teacherWeb(), room.slot)) {
            until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"online\":true"));

            room.at("10:00:29");
            WebClient.Page beat = s.web().post(s.page() + "/presence", Map.of());
            assertEquals(200, beat.status(), "the page's beat is accepted");
            assertEquals("{\"questionsSent\":false}", beat.body(), "and tells a waiting page the questions are not sent");
            room.at("10:00:59");

            until(events, rows -> rows.getOrDefault(s.id(), "").contains("\"online\":false"));
        }
    }

    @Test
    void twoHundredStudentsOfOneSlotAreAllShown() throws Exception {
        ExamRoom room = new ExamRoom(server, true);
        int count = 200;
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = room.academic.student(Iins.next(), "Студент", "№" + i, room.group);
            room.attestation.sitting(room.stream, ids[i], room.slot).create();
        }
        ExamRoom.Student last = room.student("Соңғы");
        try (BufferedReader events = open(room.teacherWeb(), room.slot)) {
            Map<Long, String> all = until(events, rows -> rows.size() >= count + 1);
            for (long id : ids) {
                assertTrue(all.containsKey(id), "student " + id);
            }

            last.web().get(last.page());
            until(events, rows -> rows.getOrDefault(last.id(), "").contains("\"online\":true"));
        }
    }

    @Test
    void onlyStaffWhoMayViewTheStreamGetItsStream() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = room.student("Ахметова");
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = server.client();
        other.login(iin);

        assertEquals(403, status(other, room.slot));
        assertEquals(403, status(s.web(), room.slot));
    }

    private static int status(WebClient web, long slot) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/online-attestation/slots/" + slot + "/live")))
                .header("Accept", "text/event-stream").GET().build()).status();
    }

    private static BufferedReader open(WebClient web, long slot) throws Exception {
        HttpResponse<InputStream> stream = web.http().sendAsync(HttpRequest.newBuilder(
                        URI.create(web.url("/online-attestation/slots/" + slot + "/live")))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        return new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code student} events until the rows seen so far (the last data per student) satisfy
     * the condition; a stalled stream fails the test instead of hanging it.
     */
    private static Map<Long, String> until(BufferedReader events, Predicate<Map<Long, String>> done) throws Exception {
        Map<Long, String> rows = new HashMap<>();
        return CompletableFuture.supplyAsync(() -> {
            try {
                boolean student = false;
                for (String line = events.readLine(); line != null; line = events.readLine()) {
                    if (line.equals("event: student")) {
                        student = true;
                    } else if (student && line.startsWith("data: ")) {
                        String data = line.substring("data: ".length());
                        long id = Long.parseLong(data.replaceAll("^\\{\"student\":(\\d+),.*$", "$1"));
                        rows.put(id, data);
                        student = false;
                        if (done.test(rows)) {
                            return rows;
                        }
                    }
                }
                throw new AssertionError("the stream ended");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(15, TimeUnit.SECONDS);
    }
}
