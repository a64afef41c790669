package kz.sabaq.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.bench.load.Outcome;
import org.HdrHistogram.Histogram;

/**
 * The figures of a measured run. {@code requests} counts every finished operation, errors
 * included; {@code throughput} and the latencies count successful operations only.
 */
public record Report(String scenario, String target, String load, String machine,
                     long requests, long errors, Map<String, Long> errorsByKind, Map<String, String> firstErrorMessages,
                     double durationSeconds, double throughputPerSecond,
                     double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs, String memory,
                     Check check) {

    public static Report of(String scenario, String target, String load, Outcome outcome) {
        Histogram h = outcome.latencyMicros();
        double seconds = outcome.duration().toNanos() / 1e9;
        boolean any = h.getTotalCount() > 0;
        return new Report(scenario, target, load, thisMachine(),
                outcome.requests(), outcome.failed(), outcome.failures(), outcome.firstMessages(),
                seconds, seconds > 0 ? outcome.succeeded() / seconds : 0,
                any ? ms(h.getValueAtPercentile(50)) : 0,
                any ? ms(h.getValueAtPercentile(95)) : 0,
                any ? ms(h.getValueAtPercentile(99)) : 0,
                any ? ms(h.getMaxValue()) : 0,
                any ? h.getMean() / 1000 : 0, "", null);
    }

    /** This report with the server's memory after start-up and under the load (in-process runs). */
    public Report withMemory(String described) {
        return new Report(scenario, target, load, machine, requests, errors, errorsByKind, firstErrorMessages,
                durationSeconds, throughputPerSecond, p50Ms, p95Ms, p99Ms, maxMs, meanMs, described, check);
    }

    /** This report with the scenario's check of what the run left. */
    public Report withCheck(Check checked) {
        return new Report(scenario, target, load, machine, requests, errors, errorsByKind, firstErrorMessages,
                durationSeconds, throughputPerSecond, p50Ms, p95Ms, p99Ms, maxMs, meanMs, memory, checked);
    }

    /** Whether the run passed: no errors, and its check (if any) holds. */
    public boolean passed() {
        return errors == 0 && (check == null || check.holds());
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static String thisMachine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    /** The readable table {@code ./sabaq bench} prints. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("\nScenario    ").append(scenario).append('\n');
        out.append("Target      ").append(target).append('\n');
        out.append("Load        ").append(load).append('\n');
        out.append("Machine     ").append(machine).append('\n');
        if (!memory.isEmpty()) {
            out.append("Memory      ").append(memory).append('\n');
        }
        if (check != null) {
            out.append("Check       ").append(check.line()).append('\n');
        }
        out.append('\n');
        line(out, "requests", String.valueOf(requests));
        line(out, "errors", String.valueOf(errors));
        line(out, "duration", f("%.2f s", durationSeconds));
        line(out, "throughput", f("%.1f ok/s", throughputPerSecond));
        out.append('\n');
        out.append("  latency ms     p50       p95       p99       max      mean\n");
        out.append(f("               %7.2f   %7.2f   %7.2f   %7.2f   %7.2f%n", p50Ms, p95Ms, p99Ms, maxMs, meanMs));
        if (!errorsByKind.isEmpty()) {
            out.append("\n  errors by kind\n");
            errorsByKind.forEach((kind, count) -> out.append(f("    %8d  %s%n", count, kind))
                    .append("              first: ").append(firstErrorMessages.get(kind)).append('\n'));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(f("  %-12s %s%n", label, value));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    public void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
