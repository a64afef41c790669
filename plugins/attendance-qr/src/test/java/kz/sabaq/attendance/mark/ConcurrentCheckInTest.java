package kz.sabaq.attendance.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.auth.SessionMapper;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The claim-once under load: one row per listener and phase, whatever arrives at the same instant. */
class ConcurrentCheckInTest {
    private static final int LISTENERS = 500;

    @Test
    void fiveHundredListenersCheckingInAtOnceMakeExactlyFiveHundredMarksWithoutErrorOrDuplicate() throws Exception {
        try (TestServer server = Classroom.server(Map.of())) {
            Classroom room = new Classroom(server);
            SessionStore sessions = new SessionStore(server.app().database().mapper(SessionMapper.class), server.clock());
            List<String> cookies = new ArrayList<>();
            for (int i = 0; i < LISTENERS; i++) {
                long id = room.academic.student(Iins.next(), "Тыңдаушы", "№" + i, room.group);
                cookies.add("sabaq_session=" + sessions.open(id));
            }
            room.at("13:08");
            URI link = URI.create(server.url(room.link("in")));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService pool = Executors.newFixedThreadPool(64);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String cookie : cookies) {
                for (int twice = 0; twice < 2; twice++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return http.send(HttpRequest.newBuilder(link).header("Cookie", cookie).header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertEquals(List.of(), statuses.stream().filter(s -> s != 200).toList(), "every scan answered 200");
            List<Classroom.Row> marks = room.marks();
            assertEquals(LISTENERS, marks.size());
            assertEquals(LISTENERS, marks.stream().map(Classroom.Row::studentId).distinct().count());
            assertEquals(List.of("ON_TIME"), marks.stream().map(Classroom.Row::status).distinct().toList());
            assertEquals(List.of(), room.strings("SELECT mark_id FROM att_signal s JOIN att_mark m ON m.id = s.mark_id "
                    + "WHERE m.session_id = ?", room.session), "no false suspicion");
        }
    }
}
