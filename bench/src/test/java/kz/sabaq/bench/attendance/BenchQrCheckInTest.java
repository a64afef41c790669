package kz.sabaq.bench.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** A short QR check-in run against the real application with the attendance plugin, on a fresh MariaDB. */
class BenchQrCheckInTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void everyScanIsANewArrivalAnsweredWithoutError() throws Exception {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("attendance-qr", Map.of()).start()) {
            server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
            Target target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
            List<VirtualUser> listeners = new QrCheckInScenario(server.clock()).prepare(target, 30);

            Report report = Report.of("qr-checkin", target.description(), "closed loop",
                    new LoadDriver(TimeSource.SYSTEM, TIMEOUT).run(listeners, new Load.ClosedLoop(Duration.ofSeconds(30), 300)));

            assertEquals(300, report.requests());
            assertEquals(0, report.errors(), report.errorsByKind().toString());
            assertEquals(300, count(server, "SELECT COUNT(*) FROM att_mark WHERE phase = 'IN'"));
            assertEquals(0, count(server, "SELECT COUNT(*) FROM att_signal"), "no scan looked suspicious");
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
