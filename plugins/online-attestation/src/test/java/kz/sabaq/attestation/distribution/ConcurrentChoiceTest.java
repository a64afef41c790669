package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** "Two students can never get the same ticket, even when they press at the same instant" (spec §9). */
class ConcurrentChoiceTest {
    private static final String TAKEN = "online-attestation.distribution.error.taken";

    @Test
    void fiveHundredStudentsChoosingAmongFiveHundredTilesAtOnceEachGetADifferentTicket() throws Exception {
        int students = 500;
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(students);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> ids = exam.sit(slot, students, true);
            List<Exam.Browser> browsers = ids.stream().map(exam::browser).toList();
            Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
            Map<Long, Integer> won = new ConcurrentHashMap<>();

            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                long id = ids.get(i);
                Exam.Browser browser = browsers.get(i);
                Random pick = new Random(i);
                work.add(() -> {
                    // The page shows all tiles free; the student presses one, and on "taken" one of
                    // the tiles still free after reloading, until they have a ticket.
                    int position = 1 + pick.nextInt(students);
                    for (int attempt = 0; attempt < 100; attempt++) {
                        WebClient.Page page = browser.choose(exam.stream, position);
                        String error = page.status() == 200 ? "ok" : Exam.json(page).path("error").asText(page.body());
                        answers.computeIfAbsent(page.status() + " " + error, k -> new AtomicInteger()).incrementAndGet();
                        if (page.status() == 200) {
                            won.put(id, Exam.json(page).get("ticket").asInt());
                            return null;
                        }
                        if (!TAKEN.equals(error)) {
                            return null;
                        }
                        List<Integer> free = ChoiceTest.free(browser.tiles(exam.stream));
                        position = free.get(pick.nextInt(free.size()));
                    }
                    return null;
                });
            }
            runAtOnce(work, 64);

            assertEquals(Map.of("200 ok", students), counts(answers).entrySet().stream()
                    .filter(e -> !e.getKey().equals("409 " + TAKEN))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                    "every answer is a ticket or \"taken\": " + answers);
            assertEquals(students, won.size());
            assertEquals(students, new HashSet<>(won.values()).size(), "no ticket given twice");
            assertEquals(won, exam.given(), "what the students were told is what the database holds");
            assertTrue(counts(answers).getOrDefault("409 " + TAKEN, 0) > 0, "the storm did collide: " + answers);
        }
    }

    @Test
    void fiftyStudentsPressingTheSameTicketAtTheSameInstantMakeOneWinner() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(20);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> ids = exam.sit(slot, 50, true);
            exam.distribution.tiles(exam.stream, ids.get(0)); // makes the stream's tile secret
            byte[] secret = exam.secret();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            List<Callable<Void>> work = new ArrayList<>();
            for (long id : ids) {
                Exam.Browser browser = exam.browser(id);
                int position = ChoiceTest.indexOf(TileOrder.of(secret, exam.stream, id, 20), 7) + 1;
                work.add(() -> {
                    WebClient.Page page = browser.choose(exam.stream, position);
                    statuses.computeIfAbsent(page.status(), k -> new AtomicInteger()).incrementAndGet();
                    if (page.status() != 200) {
                        errors.computeIfAbsent(Exam.json(page).path("error").asText(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
            runAtOnce(work, 50);

            assertEquals(Map.of(200, 1, 409, 49), counts(statuses));
            assertEquals(Map.of(TAKEN, 49), counts(errors));
            assertEquals(List.of(7), List.copyOf(exam.given().values()));
        }
    }

    @Test
    void generatingWhileStudentsChooseNeverGivesATicketTwice() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(60);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> choosing = exam.sit(slot, 30, true);
            List<Long> couldNot = exam.sit(slot, 30, false);
            List<Callable<Void>> work = new ArrayList<>();
            Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
            for (int i = 0; i < choosing.size(); i++) {
                Exam.Browser browser = exam.browser(choosing.get(i));
                Random pick = new Random(i);
                work.add(() -> {
                    int position = 1 + pick.nextInt(60);
                    for (int attempt = 0; attempt < 100; attempt++) {
                        WebClient.Page page = browser.choose(exam.stream, position);
                        if (page.status() == 200) {
                            return null;
                        }
                        String error = Exam.json(page).path("error").asText(page.body());
                        errors.computeIfAbsent(error, k -> new AtomicInteger()).incrementAndGet();
                        if (!TAKEN.equals(error)) {
                            return null;
                        }
                        List<Integer> free = ChoiceTest.free(browser.tiles(exam.stream));
                        position = free.get(pick.nextInt(free.size()));
                    }
                    return null;
                });
            }
            Map<Long, Integer> generated = new ConcurrentHashMap<>();
            for (int i = 0; i < 3; i++) {
                List<Long> part = couldNot.subList(i * 10, i * 10 + 10);
                work.add(() -> {
                    generated.putAll(exam.distribution.generate(exam.staff(), slot, part));
                    return null;
                });
            }
            runAtOnce(work, 40);

            assertEquals(List.of(), errors.keySet().stream().filter(e -> !e.equals(TAKEN)).toList());
            Map<Long, Integer> given = exam.given();
            assertEquals(60, given.size());
            assertEquals(60, new HashSet<>(given.values()).size(), "60 students, 60 different tickets");
            assertEquals(30, generated.size());
            generated.forEach((student, ticket) -> assertEquals(ticket, given.get(student)));
        }
    }

    private static void runAtOnce(List<Callable<Void>> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> w : work) {
            done.add(pool.submit(() -> {
                go.await();
                return w.call();
            }));
        }
        go.countDown();
        try {
            for (Future<Void> f : done) {
                f.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <K> Map<K, Integer> counts(Map<K, AtomicInteger> counters) {
        Map<K, Integer> plain = new java.util.HashMap<>();
        counters.forEach((k, v) -> plain.put(k, v.get()));
        return plain;
    }
}
