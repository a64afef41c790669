package kz.sabaq.attendance.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.Map;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The six digits under the QR code, for large halls and cameras that fail. */
class TypedCodeTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of("typedCodeAttempts", 3));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTypedCodeMarksTheListenerInTheirOpenSession() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:12");

        WebClient.Page page = type(listener, room.typed("in"));

        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("data-status=\"late\""));
        Classroom.Row mark = room.mark(listener, "in");
        assertEquals("TYPED", mark.source());
        assertEquals("LATE", mark.status());
    }

    @Test
    void theTypedCheckOutCodeMarksTheDeparture() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("13:05");
        assertEquals(200, room.scan(listener, "in").status());
        room.at("14:01");

        assertEquals(200, type(listener, room.typed("out")).status());
        assertEquals("LEFT_ON_TIME", room.mark(listener, "out").status());
    }

    @Test
    void wrongTypedCodesCloseTypingForTheSessionAfterTheSetNumber() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String right = room.typed("in");
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 3; i++) {
            WebClient.Page refused = type(listener, wrong);
            assertEquals(400, refused.status());
            assertTrue(refused.contains("Код жарамсыз"), refused.body());
        }
        WebClient.Page locked = type(listener, right);

        assertEquals(400, locked.status());
        assertTrue(locked.contains("қате код тым көп рет енгізілді"), locked.body());
        assertEquals(List.of(), room.marks());
    }

    @Test
    void typingWhenNoClassIsOpenSaysSo() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        room.at("10:00");

        WebClient.Page page = type(listener, "123456");

        assertEquals(400, page.status());
        assertTrue(page.contains("бірде-бір сабағыңыз белгілеуге ашық емес"), page.body());
    }

    @Test
    void parallelWrongCodesAreCountedBeforeTheyAreCheckedSoNoMoreThanTheLimitAreEvaluated() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String wrong = room.typed("in").equals("000000") ? "111111" : "000000";
        listener.web().get("/attendance-qr/check-in");
        int burst = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<WebClient.Page>> answers = IntStream.range(0, burst)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return listener.web().post("/attendance-qr/check-in/typed", Map.of("code", wrong));
                    }, pool)).toList();
            go.countDown();
            List<WebClient.Page> pages = answers.stream().map(CompletableFuture::join).toList();
            assertEquals(3, pages.stream().filter(p -> p.contains("Код жарамсыз")).count(), "the set number, no more");
            assertEquals(burst - 3, pages.stream().filter(p -> p.contains("қате код тым көп рет енгізілді")).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRightCodeDoesNotUseUpAnAttempt() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String right = room.typed("in");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, type(listener, right).status());
        }
        assertEquals(List.of("0"), room.strings("SELECT failures FROM att_typed_failure WHERE student_id = ?", listener.id()));
    }

    @Test
    void theTypedFormAsksForTheSixDigits() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");

        WebClient.Page form = listener.web().get("/attendance-qr/check-in");

        assertEquals(200, form.status());
        assertTrue(form.contains("name=\"code\"") && form.contains("Экрандағы код"));
        assertEquals(400, type(listener, "12ab").status());
    }

    private static WebClient.Page type(Classroom.Listener listener, String code) {
        listener.web().get("/attendance-qr/check-in");
        return listener.web().post("/attendance-qr/check-in/typed", Map.of("code", code));
    }
}
