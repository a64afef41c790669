package kz.sabaq.bench.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import kz.sabaq.bench.report.Check;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short ticket-choice storm against the real application with online attestation, on a fresh MariaDB. */
class BenchTicketChoiceTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("online-attestation", Map.of()).enable("tickets-random", Map.of())
                .enable("tickets-self-select", Map.of()).start();
        server.clock().set(LocalDateTime.now(ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void studentsPressingTilesAtOnceGetAnswersAndNoTicketGoesTwice() throws Exception {
        TicketChoiceScenario scenario = new TicketChoiceScenario(server.clock());

        Report report = press(scenario, 20, 120);

        assertEquals(120, report.requests());
        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertEquals(0, ExamRooms.ticketsGivenTwice(server.app().database(), scenario.streams()));
        Check check = scenario.check(target()).orElseThrow();
        assertEquals(new Check("no ticket held twice in the run's " + scenario.streams().size() + " exams", true), check,
                "the report's check after every run");
        long chosen = count(scenario.streams().get(0));
        assertTrue(chosen > 0 && chosen <= 20, chosen + " tickets in the first exam");
    }

    @Test
    void aStudentWhoHoldsATicketInEveryExamGivesThemBackAndGoesRoundAgain() throws Exception {
        TicketChoiceScenario scenario = new TicketChoiceScenario(server.clock(), 2);

        Report report = press(scenario, 4, 60);

        // 4 students in 2 exams hold 8 tickets at most: 60 presses mean each went round several times
        assertEquals(60, report.requests());
        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertEquals(0, ExamRooms.ticketsGivenTwice(server.app().database(), scenario.streams()));
        assertTrue(count(scenario.streams().get(0)) <= 4);
        assertTrue(count(scenario.streams().get(1)) <= 4);
    }

    private static Target target() {
        return new Target(URI.create(server.url("")), server.app().database(), TIMEOUT, "test server", () -> { });
    }

    /** {@code clients} students prepared by the scenario press tiles, {@code requests} presses in all. */
    private static Report press(TicketChoiceScenario scenario, int clients, int requests) throws Exception {
        server.clock().advance(Duration.ofSeconds(1)); // a run names its exams by the clock's millisecond
        Target target = target();
        List<VirtualUser> students = scenario.prepare(target, Plan.requests(clients, requests));
        return Report.of("ticket-choice", target.description(), "closed loop", new LoadDriver(TimeSource.SYSTEM, TIMEOUT)
                .run(students, new Load.ClosedLoop(Duration.ofSeconds(60), requests)));
    }

    private static long count(long stream) throws Exception {
        try (Connection c = server.app().database().connection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM oa_sitting WHERE stream_id = ? AND ticket_source = 'CHOSEN'")) {
            s.setLong(1, stream);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
