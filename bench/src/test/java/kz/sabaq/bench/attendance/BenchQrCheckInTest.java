package kz.sabaq.bench.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short QR check-in run against the real application with the attendance plugin, on a fresh MariaDB. */
class BenchQrCheckInTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static TestServer server;
    private static Target target;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins")).enable("attendance-qr", Map.of()).start();
        server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
        target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyScanIsANewArrivalAnsweredWithoutError() throws Exception {
        long before = count(server, "SELECT COUNT(*) FROM att_mark WHERE phase = 'IN'");
        List<VirtualUser> listeners = new QrCheckInScenario(server.clock()).prepare(target, Plan.requests(30, 300));

        Report report = Report.of("qr-checkin", target.description(), "closed loop",
                new LoadDriver(TimeSource.SYSTEM, TIMEOUT).run(listeners, new Load.ClosedLoop(Duration.ofSeconds(30), 300)));

        assertEquals(300, report.requests());
        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertEquals(300, count(server, "SELECT COUNT(*) FROM att_mark WHERE phase = 'IN'") - before);
        assertEquals(0, count(server, "SELECT COUNT(*) FROM att_signal"), "no scan looked suspicious");
    }

    /** The spin: a closed loop outlasting its meetings once recorded 33 million errors in its window. */
    @Test
    void listenersWhoScannedEveryMeetingAreRetiredWithOneErrorEachInsteadOfSpinning() throws Exception {
        server.clock().advance(Duration.ofMinutes(1)); // a run of its own, named by the clock
        List<VirtualUser> listeners = new QrCheckInScenario(server.clock(), 2).prepare(target, Plan.requests(3, 1_000_000));

        Report report = Report.of("qr-checkin", target.description(), "closed loop",
                new LoadDriver(TimeSource.SYSTEM, TIMEOUT).run(listeners, new Load.ClosedLoop(Duration.ofSeconds(30), Long.MAX_VALUE)));

        assertEquals(Map.of(UsedUp.KIND, 3L), report.errorsByKind(), "one per listener");
        assertEquals(3 * 2 + 3, report.requests(), "two meetings each, then one try that found none");
        assertTrue(report.durationSeconds() < 30, "the run ended when every listener was retired, not at its deadline");
    }

    private static long count(TestServer server, String sql) throws Exception {
        try (Connection c = server.app().database().connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
