package kz.sabaq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import kz.sabaq.bench.load.Load;
import org.junit.jupiter.api.Test;

/** How a scenario sizes its data from the run it prepares for. */
class PlanTest {

    @Test
    void anOpenLoopGivesEachClientTwiceItsShareOfEveryOperationDueInWarmUpAndMeasurement() {
        Plan plan = new Plan(100, new Load.OpenLoop(1000, Duration.ofSeconds(30)), Duration.ofSeconds(90));
        assertEquals(2 * 1000 * 120 / 100, plan.operationsPerClient(5_000), "the ceiling is for closed loops only");
    }

    @Test
    void aClosedLoopByDurationIsSizedFromTheCeilingOverWarmUpAndMeasurement() {
        // the run: 16 clients, 30 s warm-up, 20 s measured, which used 5,000 meetings up
        Plan plan = new Plan(16, new Load.ClosedLoop(Duration.ofSeconds(20), Long.MAX_VALUE), Duration.ofSeconds(30));
        assertEquals((long) Math.ceil(3_500 * 50 * 1.5 / 16), plan.operationsPerClient(3_500));
    }

    @Test
    void aClosedLoopByRequestsNeverPlansMoreThanItsRequests() {
        assertEquals(2, Plan.requests(500, 500).operationsPerClient(2_500), "one each, half again for an uneven share");
        assertEquals(3, Plan.requests(1, 3).operationsPerClient(2_500));
    }
}
