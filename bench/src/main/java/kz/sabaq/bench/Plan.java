package kz.sabaq.bench;

import java.time.Duration;
import kz.sabaq.bench.load.Load;

/**
 * The run a scenario prepares for: its clients, the measured load and the warm-up before it. A
 * scenario whose operations use data up (a new class meeting per scan, a new final control per
 * answer) sizes that data from it, so a run never outlasts what was prepared.
 */
public record Plan(int clients, Load load, Duration warmup) {

    public Plan {
        if (clients < 1) {
            throw new IllegalArgumentException("A run needs at least one client");
        }
    }

    /** A closed loop of {@code requests} operations without a warm-up, as the bench's tests run. */
    public static Plan requests(int clients, long requests) {
        return new Plan(clients, new Load.ClosedLoop(Duration.ofHours(1), requests), Duration.ZERO);
    }

    /**
     * The most operations one client may do in the warm-up and the measured phase together. An open
     * loop offers rate × time in all, and one client may take twice its share of them (a fast client
     * claims more slots); a closed loop runs as fast as the server answers, taken as at most
     * {@code ceilingPerSecond} operations a second in all, shared by its clients (one may do half again its share), and never
     * more than its request count.
     */
    public long operationsPerClient(double ceilingPerSecond) {
        double seconds = (warmup.toMillis() + load.duration().toMillis()) / 1000.0;
        double perClient;
        if (load instanceof Load.OpenLoop open) {
            perClient = 2 * open.ratePerSecond() * seconds / clients;
        } else {
            long requests = ((Load.ClosedLoop) load).requests();
            double warm = ceilingPerSecond * warmup.toMillis() / 1000.0;
            double measured = Math.min(requests, ceilingPerSecond * load.duration().toMillis() / 1000.0);
            perClient = Math.min(requests + warm, (warm + measured) / clients * 1.5);
        }
        return Math.max(1, (long) Math.ceil(perClient));
    }
}
