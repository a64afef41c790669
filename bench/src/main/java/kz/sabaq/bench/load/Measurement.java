package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/** What one phase records while it runs, from many threads at once. */
final class Measurement {
    private final Recorder latencyMicros = new Recorder(3);
    private final LongAdder succeeded = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, String> firstMessages = new ConcurrentHashMap<>();

    void succeeded(long latencyNanos) {
        latencyMicros.recordValue(Math.max(0, latencyNanos / 1_000));
        succeeded.increment();
    }

    void failed(String kind, String message) {
        failed(kind, message, 1);
    }

    void failed(String kind, String message, long times) {
        failures.computeIfAbsent(kind, k -> new LongAdder()).add(times);
        firstMessages.putIfAbsent(kind, message == null ? kind : message);
    }

    /** Call once, after every worker has stopped. */
    Outcome finish(Duration duration) {
        Map<String, Long> counts = new TreeMap<>();
        failures.forEach((kind, n) -> counts.put(kind, n.sum()));
        return new Outcome(succeeded.sum(), counts, new TreeMap<>(firstMessages), duration,
                latencyMicros.getIntervalHistogram());
    }
}
