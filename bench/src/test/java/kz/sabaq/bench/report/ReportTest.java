package kz.sabaq.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kz.sabaq.bench.load.Outcome;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    /** 1 … 1000 ms, one operation each, plus 10 failures, over 4 seconds. */
    private static Outcome thousandOperations() {
        Histogram micros = new Histogram(3);
        for (long ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000);
        }
        return new Outcome(1000, Map.of("HTTP 503 on GET /", 10L), Map.of("HTTP 503 on GET /", "HTTP 503 on GET /: busy"),
                Duration.ofSeconds(4), micros);
    }

    @Test
    void percentilesAreReadFromTheHistogramInMilliseconds() {
        Report r = Report.of("cabinet", "test server", "closed loop", thousandOperations());
        assertEquals(500, r.p50Ms(), 0.5);
        assertEquals(950, r.p95Ms(), 0.5);
        assertEquals(990, r.p99Ms(), 0.5);
        assertEquals(1000, r.maxMs(), 0.5);
        assertEquals(500.5, r.meanMs(), 0.5);
    }

    @Test
    void requestsCountFailuresButThroughputCountsOnlySuccesses() {
        Report r = Report.of("cabinet", "test server", "closed loop", thousandOperations());
        assertEquals(1010, r.requests());
        assertEquals(10, r.errors());
        assertEquals(250.0, r.throughputPerSecond(), 1e-9);
        assertEquals(4.0, r.durationSeconds(), 1e-9);
    }

    @Test
    void theTableShowsTheFiguresAndEachKindOfError() {
        String table = Report.of("cabinet", "test server", "closed loop, 4 clients", thousandOperations()).table();
        assertTrue(table.contains("Scenario    cabinet"), table);
        assertTrue(table.contains("  requests     1010"), table);
        assertTrue(table.contains("  throughput   250.0 ok/s"), table);
        assertTrue(table.contains("    500.22    950.27    990.21   1000.45"), table);
        assertTrue(table.contains("      10  HTTP 503 on GET /"), table);
        assertTrue(table.contains("first: HTTP 503 on GET /: busy"), table);
    }

    @Test
    void anEmptyRunReportsZeroesRatherThanFailing() {
        Report r = Report.of("cabinet", "t", "l", new Outcome(0, Map.of(), Map.of(), Duration.ZERO, new Histogram(3)));
        assertEquals(0, r.requests());
        assertEquals(0, r.throughputPerSecond());
        assertEquals(0, r.maxMs());
    }

    @Test
    void theJsonFileCarriesEveryFigure(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/cabinet.json");
        Report.of("cabinet", "test server", "closed loop", thousandOperations()).writeJson(file);

        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("cabinet", json.get("scenario").asText());
        assertEquals(1010, json.get("requests").asLong());
        assertEquals(10, json.get("errorsByKind").get("HTTP 503 on GET /").asLong());
        assertEquals(990, json.get("p99Ms").asDouble(), 0.5);
        assertTrue(json.has("p50Ms") && json.has("p95Ms") && json.has("maxMs") && json.has("throughputPerSecond"));
    }

    @Test
    void anInProcessRunShowsTheServersMemoryInTheTableAndTheJson(@TempDir Path dir) throws Exception {
        Report plain = Report.of("cabinet", "test server", "closed loop", thousandOperations());
        Report r = plain.withMemory("after start-up heap 80 MB live, RSS 400 MB");

        assertTrue(!plain.table().contains("Memory"), plain.table());
        assertTrue(r.table().contains("Memory      after start-up heap 80 MB live, RSS 400 MB"), r.table());
        r.writeJson(dir.resolve("r.json"));
        assertEquals("after start-up heap 80 MB live, RSS 400 MB",
                new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("memory").asText());
    }

    @Test
    void aScenariosCheckOfWhatTheRunLeftIsReportedAndAFailedOneFailsTheRun(@TempDir Path dir) throws Exception {
        Histogram micros = new Histogram(3);
        micros.recordValue(20_000);
        Report plain = Report.of("ticket-choice", "test server", "closed loop",
                new Outcome(1, Map.of(), Map.of(), Duration.ofSeconds(1), micros));
        Report held = plain.withCheck(new Check("no ticket held twice in the run's 20 exams", true));
        Report broken = plain.withCheck(new Check("2 tickets held by more than one student in the run's 20 exams", false));

        assertTrue(!plain.table().contains("Check"), plain.table());
        assertTrue(plain.passed() && held.passed(), "no errors and the check holds");
        assertTrue(held.table().contains("Check       no ticket held twice in the run's 20 exams\n"), held.table());
        assertTrue(!broken.passed(), "a failed check fails the run even without errors");
        assertTrue(broken.table().contains("Check       FAILED: 2 tickets held by more than one student"), broken.table());
        broken.writeJson(dir.resolve("r.json"));
        assertEquals(false, new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("check").get("holds").asBoolean());
    }

    @Test
    void aSettledReadingHasTheLiveHeapAndTheResidentSet() throws Exception {
        byte[][] held = new byte[16][];
        Memory.Settled before = Memory.settle();
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1024 * 1024];
        }
        Memory.Settled after = Memory.settle();

        assertTrue(after.liveHeapBytes() - before.liveHeapBytes() >= 15L * 1024 * 1024,
                before.describe() + " then " + after.describe() + " with 16 MB held");
        assertTrue(after.rssBytes() >= after.liveHeapBytes(), "this runs on Linux, where /proc says the RSS: " + after.describe());
        assertEquals(16, held.length);
        Memory.Watch watch = Memory.watch(10);
        assertTrue(watch.stop().usedHeapBytes() > 0);
    }
}
