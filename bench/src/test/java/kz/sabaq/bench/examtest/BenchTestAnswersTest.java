package kz.sabaq.bench.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * A test-answers run against the real application with exam-test, on a fresh MariaDB: every
 * student starts the same test at once, and every answer the server confirmed is in the database
 * as the student last gave it — nothing lost. {@code -Dbench.clients=500} runs the regulation's hall,
 * {@code -Dbench.rate=85} at a hall's pace (an open loop) instead of flat out.
 */
class BenchTestAnswersTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void everyConfirmedAnswerIsStoredAsLastGiven() throws Exception {
        int clients = Integer.getInteger("bench.clients", 40);
        int requests = clients * 20;
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("exam-test", Map.of()).enable("grading-letter", Map.of()).start()) {
            server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
            Target target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
            Map<String, String> last = new ConcurrentHashMap<>();
            List<VirtualUser> students = new TestAnswersScenario(server.clock())
                    .students(target, clients, a -> last.put(a.attempt() + "/" + a.position(), a.option()));
            assertEquals(clients, count(server, "SELECT COUNT(*) FROM et_attempt"), "every student started");
            assertEquals(clients * 30L, count(server, "SELECT COUNT(*) FROM et_attempt_item"));

            // -Dbench.rate=85 answers a second: an open loop at a hall's pace (500 students, one answer each 6 s).
            String rate = System.getProperty("bench.rate");
            Load load = rate == null ? new Load.ClosedLoop(Duration.ofMinutes(10), requests)
                    : new Load.OpenLoop(Double.parseDouble(rate), Duration.ofSeconds(30));
            Report report = Report.of("test-answers", target.description(), load.describe(clients),
                    new LoadDriver(TimeSource.SYSTEM, TIMEOUT).run(students, load));
            System.out.println(report.table());

            if (rate == null) {
                assertEquals(requests, report.requests());
            }
            assertEquals(0, report.errors(), report.errorsByKind().toString());
            assertEquals(last.size(), count(server, "SELECT COUNT(*) FROM et_answer"), "one row per answered question");
            assertEquals(last, stored(server), "each question holds the answer the student gave last");
        }
    }

    private static Map<String, String> stored(TestServer server) throws Exception {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT attempt_id, position, chosen FROM et_answer")) {
            while (r.next()) {
                rows.put(r.getLong(1) + "/" + r.getInt(2), r.getString(3));
            }
        }
        return rows;
    }

    private static long count(TestServer server, String sql) throws Exception {
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
