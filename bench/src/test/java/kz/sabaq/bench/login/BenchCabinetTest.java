package kz.sabaq.bench.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.RunningServer;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.user.UserMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios against the real application on a fresh real MariaDB, with short runs. */
class BenchCabinetTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static TestServer server;
    private static Target target;
    private final LoadDriver driver = new LoadDriver(TimeSource.SYSTEM, TIMEOUT);

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void twoHundredCabinetOpeningsAreAllCountedWithOrderedPercentiles() throws Exception {
        List<VirtualUser> users = new CabinetScenario().prepare(target, Plan.requests(4, 200));
        Report report = Report.of("cabinet", target.description(), "closed loop",
                driver.run(users, new Load.ClosedLoop(Duration.ofSeconds(20), 200)));

        assertEquals(200, report.requests());
        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertTrue(report.p50Ms() > 0, "a real request takes time");
        assertTrue(report.p50Ms() <= report.p95Ms(), report.table());
        assertTrue(report.p95Ms() <= report.p99Ms(), report.table());
        assertTrue(report.p99Ms() <= report.maxMs(), report.table());
        assertTrue(report.throughputPerSecond() > 0, report.table());
    }

    @Test
    void eachLoginCabinetOperationLogsInAFreshVisitorAndOpensTheCabinet() throws Exception {
        List<VirtualUser> users = new LoginCabinetScenario().prepare(target, Plan.requests(2, 6));
        Report report = Report.of("login-cabinet", target.description(), "closed loop",
                driver.run(users, new Load.ClosedLoop(Duration.ofSeconds(20), 6)));

        assertEquals(6, report.requests());
        assertEquals(0, report.errors(), report.errorsByKind().toString());
    }

    @Test
    void aRunningServerIsDrivenWithItsDatabaseReachedAsItsConfigSays(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sabaq.yaml");
        Files.writeString(config, "database:\n  embedded: false\n  url: " + server.config().database.url
                + "\n  user: " + server.config().database.user + "\n  password: \"" + server.config().database.password + "\"\n");
        try (Target running = RunningServer.connect(URI.create(server.url("")), config, TIMEOUT)) {
            List<VirtualUser> users = new CabinetScenario().prepare(running, Plan.requests(2, 20));
            Report report = Report.of("cabinet", running.description(), "closed loop",
                    driver.run(users, new Load.ClosedLoop(Duration.ofSeconds(20), 20)));

            assertEquals(20, report.requests());
            assertEquals(0, report.errors(), report.errorsByKind().toString());
            assertTrue(running.description().contains("innodb_flush_log_at_trx_commit=1"), running.description());
        }
    }

    @Test
    void benchStudentsAreReusedOnASecondRunAndOthersAreNeverTouched() {
        String first = BenchStudents.create(server.app().database(), 3, server.clock()).get(0);
        List<String> again = BenchStudents.create(server.app().database(), 3, server.clock());
        assertEquals(first, again.get(0));
        assertEquals("Bench", server.app().database().mapper(UserMapper.class).findByIin(first).orElseThrow().surname());
    }

    @Test
    void aWrongAnswerIsCountedAsAnErrorOfItsStatus() throws Exception {
        var browser = target.browser();
        VirtualUser lost = () -> browser.get("/no-such-page").expect(200);
        Report report = Report.of("lost", target.description(), "closed loop",
                driver.run(List.of(lost), new Load.ClosedLoop(Duration.ofSeconds(20), 5)));

        assertEquals(5, report.errors());
        assertEquals(Map.of("HTTP 404 on GET /no-such-page", 5L), report.errorsByKind());
    }
}
