package kz.sabaq.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;
import org.junit.jupiter.api.Test;

class LoadDriverClosedLoopTest {
    private final LoadDriver driver = new LoadDriver(TimeSource.SYSTEM, Duration.ofSeconds(5));

    @Test
    void manyClientsTogetherSendExactlyTheRequestedNumberOfOperations() throws InterruptedException {
        List<AtomicLong> counts = new ArrayList<>();
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AtomicLong count = new AtomicLong();
            counts.add(count);
            users.add(count::incrementAndGet);
        }
        Outcome outcome = driver.run(users, new Load.ClosedLoop(Duration.ofSeconds(20), 5_000));

        assertEquals(5_000, outcome.succeeded());
        assertEquals(5_000, counts.stream().mapToLong(AtomicLong::get).sum());
        assertEquals(5_000, outcome.latencyMicros().getTotalCount());
        assertTrue(outcome.duration().compareTo(Duration.ofSeconds(20)) < 0, "the count ended it, not the clock");
    }

    @Test
    void everyClientsThreadIsStartedBeforeThePhasesClockStarts() throws InterruptedException {
        java.util.Set<Long> before = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> before.add(t.getId()));
        java.util.concurrent.atomic.AtomicInteger readyAtStart = new java.util.concurrent.atomic.AtomicInteger(-1);
        TimeSource watching = new TimeSource() {
            @Override
            public long nanoTime() {
                readyAtStart.compareAndSet(-1, (int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> !before.contains(t.getId()) && t.getName().startsWith("bench-user-")).count());
                return System.nanoTime();
            }

            @Override
            public void waitUntil(long deadline) throws InterruptedException {
                TimeSource.SYSTEM.waitUntil(deadline);
            }
        };
        List<VirtualUser> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(() -> { });
        }
        Outcome outcome = new LoadDriver(watching, Duration.ofSeconds(5))
                .run(users, new Load.ClosedLoop(Duration.ofSeconds(20), 50));

        assertEquals(50, outcome.succeeded());
        assertEquals(50, readyAtStart.get(), "a burst's clock starts with its 50 clients ready, not while making them");
    }

    @Test
    void theDeadlineEndsALoopWithoutARequestLimit() throws InterruptedException {
        ScriptedTime time = new ScriptedTime(0);
        VirtualUser thirtyMs = () -> time.spend(Duration.ofMillis(30));
        Outcome outcome = new LoadDriver(time, Duration.ofSeconds(5))
                .run(List.of(thirtyMs), new Load.ClosedLoop(Duration.ofMillis(100), Long.MAX_VALUE));

        assertEquals(4, outcome.succeeded(), "sent at 0, 30, 60 and 90 ms; none at 120 ms");
        assertEquals(Duration.ofMillis(120), outcome.duration(), "the last answer came at 120 ms");
        assertEquals(4, outcome.latencyMicros().getTotalCount());
        assertTrue(outcome.latencyMicros().valuesAreEquivalent(30_000, outcome.latencyMicros().getMaxValue()));
    }

    @Test
    void failuresAreCountedByKindAndLeftOutOfTheLatencies() throws InterruptedException {
        AtomicLong n = new AtomicLong();
        VirtualUser flaky = () -> {
            long i = n.incrementAndGet();
            if (i % 4 == 0) {
                throw UnexpectedResponse.status(500, "GET", "/", "boom");
            }
            if (i % 4 == 1) {
                throw new IOException("connection reset");
            }
        };
        Outcome outcome = driver.run(List.of(flaky), new Load.ClosedLoop(Duration.ofSeconds(20), 400));

        assertEquals(200, outcome.succeeded());
        assertEquals(Map.of("HTTP 500 on GET /", 100L, "IOException", 100L), outcome.failures());
        assertEquals(400, outcome.requests());
        assertEquals(200, outcome.latencyMicros().getTotalCount());
        assertEquals("connection reset", outcome.firstMessages().get("IOException"));
    }

    @Test
    void aUserThatUsedItsDataUpIsRetiredAndCountedOnceInsteadOfSpinning() throws InterruptedException {
        AtomicLong done = new AtomicLong();
        CountDownLatch retired = new CountDownLatch(1);
        VirtualUser threeScans = () -> {
            if (done.incrementAndGet() > 3) {
                retired.countDown();
                throw new UsedUp("scanned all 3 meetings");
            }
        };
        AtomicLong other = new AtomicLong();
        // the other client starts once the first is retired: on a busy machine it could otherwise
        // take the whole run before the first client's thread is ever scheduled
        VirtualUser afterwards = () -> {
            if (!retired.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first client was never retired");
            }
            other.incrementAndGet();
        };
        Outcome outcome = driver.run(List.of(threeScans, afterwards), new Load.ClosedLoop(Duration.ofSeconds(20), 1_000));

        assertEquals(4, done.get(), "asked once more, then never again");
        assertEquals(Map.of(UsedUp.KIND, 1L), outcome.failures());
        assertEquals(996, other.get(), "the other client did the rest of the run");
        assertEquals("scanned all 3 meetings", outcome.firstMessages().get(UsedUp.KIND));
    }

    @Test
    void aClosedLoopWhoseEveryUserUsedItsDataUpEndsAtOnce() throws InterruptedException {
        ScriptedTime time = new ScriptedTime(0);
        VirtualUser usedUp = () -> {
            time.spend(Duration.ofMillis(1));
            throw new UsedUp("no meeting left");
        };
        Outcome outcome = new LoadDriver(time, Duration.ofSeconds(5))
                .run(List.of(usedUp, usedUp), new Load.ClosedLoop(Duration.ofMinutes(30), Long.MAX_VALUE));

        assertEquals(Map.of(UsedUp.KIND, 2L), outcome.failures(), "one error per client, not millions");
        assertTrue(outcome.duration().compareTo(Duration.ofSeconds(1)) < 0, outcome.duration().toString());
    }
}
