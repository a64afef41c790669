package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Time that moves only when told: waiting jumps to the deadline, work moves it by what it spends. */
final class ScriptedTime implements TimeSource {
    private volatile long now;
    private final List<Long> waitedFor = new ArrayList<>();

    ScriptedTime(long start) {
        this.now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public synchronized void waitUntil(long deadline) {
        waitedFor.add(deadline);
        now = Math.max(now, deadline);
    }

    /** A virtual user's operation taking this long. */
    void spend(Duration d) {
        now += d.toNanos();
    }

    synchronized List<Long> waitedFor() {
        return List.copyOf(waitedFor);
    }
}
