package kz.sabaq.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.junit.jupiter.api.Test;

/** One virtual user, so only one thread moves the scripted time and every figure is exact. */
class LoadDriverOpenLoopTest {
    private static final long START = 7_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final Load.OpenLoop HUNDRED_PER_SECOND_FOR_50_MS = new Load.OpenLoop(100, Duration.ofMillis(50));

    private final ScriptedTime time = new ScriptedTime(START);
    private final List<Long> sentAt = new ArrayList<>();

    private VirtualUser taking(Duration each) {
        return () -> {
            sentAt.add(time.nanoTime());
            time.spend(each);
        };
    }

    @Test
    void scheduleSpacesOperationsByOneOverTheRateFromTheStart() {
        OpenLoopSchedule schedule = OpenLoopSchedule.of(START, 300, Duration.ofSeconds(2));
        assertEquals(600, schedule.count());
        assertEquals(START, schedule.intendedAt(0));
        assertEquals(START + 3_333_333, schedule.intendedAt(1));
        assertEquals(START + 1_000_000_000, schedule.intendedAt(300), "no drift from rounding each interval");
        assertEquals(START + 1_996_666_667, schedule.lastDue());
    }

    @Test
    void stoppingEndsTheLoopBeforeItsDurationAfterTheOperationUnderWay() throws InterruptedException {
        LoadDriver driver = new LoadDriver(time, Duration.ofSeconds(30));
        VirtualUser stopsAtTheThird = () -> {
            sentAt.add(time.nanoTime());
            if (sentAt.size() == 3) {
                driver.stop();
            }
        };
        Outcome outcome = driver.run(List.of(stopsAtTheThird), new Load.OpenLoop(100, Duration.ofHours(1)));

        assertEquals(3, outcome.succeeded(), "360,000 were due; the third operation stopped the loop and still counts");
        assertEquals(List.of(START, START + 10 * MS, START + 20 * MS), sentAt);
    }

    @Test
    void aFastServerGetsEachOperationAtItsIntendedTime() throws InterruptedException {
        Outcome outcome = new LoadDriver(time, Duration.ofSeconds(30))
                .run(List.of(taking(Duration.ofMillis(2))), HUNDRED_PER_SECOND_FOR_50_MS);

        List<Long> due = List.of(START, START + 10 * MS, START + 20 * MS, START + 30 * MS, START + 40 * MS);
        assertEquals(due, time.waitedFor());
        assertEquals(due, sentAt);
        assertEquals(5, outcome.succeeded());
        assertEquals(List.of(2_000L, 2_000L, 2_000L, 2_000L, 2_000L), latenciesMicros(outcome.latencyMicros()));
    }

    @Test
    void aSlowServerIsChargedFromTheIntendedTimeNotFromTheLateSend() throws InterruptedException {
        Outcome outcome = new LoadDriver(time, Duration.ofSeconds(30))
                .run(List.of(taking(Duration.ofMillis(25))), HUNDRED_PER_SECOND_FOR_50_MS);

        assertEquals(List.of(START, START + 25 * MS, START + 50 * MS, START + 75 * MS, START + 100 * MS), sentAt,
                "each operation goes as soon as the only client is free");
        assertEquals(5, outcome.succeeded());
        List<Long> expected = List.of(25_000L, 40_000L, 55_000L, 70_000L, 85_000L);
        List<Long> recorded = latenciesMicros(outcome.latencyMicros());
        assertEquals(expected.size(), recorded.size(), recorded.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(outcome.latencyMicros().valuesAreEquivalent(expected.get(i), recorded.get(i)),
                    "latency " + i + ": expected " + expected.get(i) + " µs, recorded " + recorded.get(i));
        }
    }

    @Test
    void operationsStillUnsentAfterTheGraceAreCountedAsNotSent() throws InterruptedException {
        Outcome outcome = new LoadDriver(time, Duration.ofMillis(10))
                .run(List.of(taking(Duration.ofMillis(25))), HUNDRED_PER_SECOND_FOR_50_MS);

        assertEquals(3, outcome.succeeded(), "sent at 0, 25 and 50 ms; the last is due at 40 ms, grace ends at 50 ms");
        assertEquals(Map.of(LoadDriver.NOT_SENT, 2L), outcome.failures());
        assertEquals(5, outcome.requests());
    }

    @Test
    void operationsLeftWhenEveryUserUsedItsDataUpAreCountedAsNotSentWithoutWaitingForThem() throws InterruptedException {
        VirtualUser oneMeeting = () -> {
            sentAt.add(time.nanoTime());
            if (sentAt.size() > 1) {
                throw new UsedUp("scanned the only meeting");
            }
        };
        Outcome outcome = new LoadDriver(time, Duration.ofSeconds(30)).run(List.of(oneMeeting), HUNDRED_PER_SECOND_FOR_50_MS);

        assertEquals(List.of(START, START + 10 * MS), sentAt, "retired at its second operation");
        assertEquals(Map.of(UsedUp.KIND, 1L, LoadDriver.NOT_SENT_USED_UP, 3L), outcome.failures());
        assertEquals(5, outcome.requests());
        assertEquals(START + 10 * MS, time.nanoTime(), "the three left were not waited for");
    }

    /** Every recorded latency, smallest first, each as the lowest value of its histogram bucket. */
    private static List<Long> latenciesMicros(Histogram h) {
        List<Long> values = new ArrayList<>();
        for (HistogramIterationValue v : h.recordedValues()) {
            for (long n = 0; n < v.getCountAtValueIteratedTo(); n++) {
                values.add(h.lowestEquivalentValue(v.getValueIteratedTo()));
            }
        }
        return values;
    }
}
