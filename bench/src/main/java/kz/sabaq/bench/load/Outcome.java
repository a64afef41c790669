package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The figures of one finished phase. Latency is recorded in microseconds for successful
 * operations only; failures are counted by kind, with the first message of each kind.
 */
public record Outcome(long succeeded, Map<String, Long> failures, Map<String, String> firstMessages,
                      Duration duration, Histogram latencyMicros) {

    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    public long requests() {
        return succeeded + failed();
    }
}
