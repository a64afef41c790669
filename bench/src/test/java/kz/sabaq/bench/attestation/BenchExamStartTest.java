package kz.sabaq.bench.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import kz.sabaq.bench.load.Warmup;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** A short exam start after a warm-up, against the real application with online attestation, on a fresh MariaDB. */
class BenchExamStartTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int STUDENTS = 20;

    @Test
    void aSlotsStudentsOpenTheirPagesWithinASecondThenEveryPageBeatsWithoutError() throws Exception {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", Map.of()).start()) {
            server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
            // the test server runs in this JVM as the bench's own does: its memory is read
            Target target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", server.app());
            ByteArrayOutputStream log = new ByteArrayOutputStream();

            ExamStart.Result result = new ExamStart(server.clock(), Duration.ofMillis(500), TIMEOUT,
                    new PrintStream(log, true, StandardCharsets.UTF_8)).run(target, STUDENTS, Duration.ofSeconds(4),
                    new Warmup.For(Duration.ofSeconds(1)));

            assertEquals(STUDENTS, result.pages().requests(), "one page load per student");
            assertEquals(0, result.pages().errors(), result.pages().errorsByKind().toString());
            assertEquals(STUDENTS * 4 * 2, result.channels().requests(), "each page beat twice a second for 4 s");
            assertEquals(0, result.channels().errors(), result.channels().errorsByKind().toString());
            assertEquals(2, count(server, "SELECT COUNT(DISTINCT stream_id) FROM oa_presence WHERE last_seen IS NOT NULL"),
                    "the warm-up's earlier exam and the slot of the storm");
            assertEquals(2L * STUDENTS, count(server, "SELECT COUNT(*) FROM oa_presence WHERE last_seen IS NOT NULL"),
                    "every student opened the earlier exam while warming up, and is online in this one for the staff");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("Warming up for 1.0 s"), log.toString(StandardCharsets.UTF_8));
            assertTrue(result.memory().contains("per open page"), result.memory());
            assertTrue(result.pagesOpen().liveHeapBytes() > 0 && result.pagesOpen().rssBytes() > 0, result.memory());
        }
    }

    private static long count(TestServer server, String sql) throws Exception {
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
