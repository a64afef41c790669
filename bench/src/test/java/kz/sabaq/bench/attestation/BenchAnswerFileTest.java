package kz.sabaq.bench.attestation;

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
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** A short answer-file run against the real application with online attestation, on a fresh MariaDB. */
class BenchAnswerFileTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void everyOperationSendsANewAnswerWithItsFile() throws Exception {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", Map.of()).start()) {
            server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
            Target target = new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
            List<VirtualUser> students = new AnswerFileScenario(server.clock(), AnswerFileScenario.FILE_BYTES).prepare(target, Plan.requests(8, 120));

            Report report = Report.of("answer-file", target.description(), "closed loop",
                    new LoadDriver(TimeSource.SYSTEM, TIMEOUT).run(students, new Load.ClosedLoop(Duration.ofSeconds(30), 120)));

            assertEquals(120, report.requests());
            assertEquals(0, report.errors(), report.errorsByKind().toString());
            assertEquals(120, count(server, "SELECT COUNT(*) FROM oa_sitting WHERE answer_sent_at IS NOT NULL"));
            assertEquals(120, count(server, "SELECT COUNT(*) FROM oa_answer_file WHERE file_size = "
                    + AnswerFileScenario.FILE_BYTES));
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
