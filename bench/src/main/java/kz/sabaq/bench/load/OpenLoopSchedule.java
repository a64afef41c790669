package kz.sabaq.bench.load;

import java.time.Duration;

/** When each operation of an open loop is due: the i-th at {@code start + i / rate}. */
public record OpenLoopSchedule(long startNanos, double ratePerSecond, long count) {

    public static OpenLoopSchedule of(long startNanos, double ratePerSecond, Duration duration) {
        long count = Math.round(ratePerSecond * duration.toNanos() / 1e9);
        return new OpenLoopSchedule(startNanos, ratePerSecond, count);
    }

    /** The intended send time of operation {@code i} (0-based); computed from the start, so no drift accumulates. */
    public long intendedAt(long i) {
        return startNanos + Math.round(i * 1e9 / ratePerSecond);
    }

    /** When the last operation is due. */
    public long lastDue() {
        return count == 0 ? startNanos : intendedAt(count - 1);
    }
}
