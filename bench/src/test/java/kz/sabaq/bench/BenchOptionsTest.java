package kz.sabaq.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.Warmup;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void withoutRateTheLoadIsAClosedLoopOfTwentySeconds() {
        BenchOptions o = BenchOptions.parse("cabinet");
        assertEquals("cabinet", o.scenario());
        assertEquals(16, o.clients());
        assertEquals(new Load.ClosedLoop(Duration.ofSeconds(20), Long.MAX_VALUE), o.load());
        assertEquals(new Warmup.For(Duration.ofSeconds(5)), o.warmup());
    }

    @Test
    void requestsAloneEndAClosedLoopByCountWithinAnHour() {
        assertEquals(new Load.ClosedLoop(Duration.ofHours(1), 200), BenchOptions.parse("cabinet", "--requests", "200").load());
    }

    @Test
    void aRateMakesAnOpenLoop() {
        BenchOptions o = BenchOptions.parse("cabinet", "--rate", "1000/s", "--duration", "30s", "--clients", "64");
        assertEquals(new Load.OpenLoop(1000, Duration.ofSeconds(30)), o.load());
        assertEquals(64, o.clients());
    }

    @Test
    void timesTakeMillisecondsSecondsAndMinutes() {
        assertEquals(new Warmup.For(Duration.ofMillis(500)), BenchOptions.parse("x", "--warmup", "500ms").warmup());
        assertEquals(Duration.ofMillis(2500), BenchOptions.parse("x", "--duration", "2.5s").duration());
        assertEquals(Duration.ofMinutes(2), BenchOptions.parse("x", "--duration", "2m").duration());
        assertEquals(Warmup.NONE, BenchOptions.parse("x", "--warmup", "0").warmup());
    }

    @Test
    void aWarmUpUntilCompiledIsForTheInProcessServerOnly() {
        assertEquals(Warmup.UntilCompiled.STANDARD, BenchOptions.parse("x", "--warmup", "compiled").warmup());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse("x", "--warmup", "compiled", "--url", "http://127.0.0.1:8080"));
        assertTrue(e.getMessage().contains("in-process"), e.getMessage());
    }

    @Test
    void fileSizesTakeBytesKilobytesAndMegabytesWithinBounds() {
        assertEquals(16 * 1024, BenchOptions.parse("answer-file").fileBytes());
        assertEquals(1024 * 1024, BenchOptions.parse("answer-file", "--file-size", "1MB").fileBytes());
        assertEquals(512 * 1024, BenchOptions.parse("answer-file", "--file-size", "512kb").fileBytes());
        assertEquals(700, BenchOptions.parse("answer-file", "--file-size", "700").fileBytes());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("answer-file", "--file-size", "0"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("answer-file", "--file-size", "1GB"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("answer-file", "--file-size", "101MB"));
    }

    @Test
    void unboundedOrContradictoryLoadsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--clients", "0"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--clients", "100000"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--duration", "2h"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--rate", "0"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--rate", "100", "--requests", "10"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("x", "--frobnicate", "1"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--clients", "4"));
    }

    @Test
    void helpListsEveryScenarioAndOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Bench.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String help = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status);
        for (Scenario s : Scenarios.all(BenchOptions.parse("cabinet"))) {
            assertTrue(help.contains(s.name()), s.name());
        }
        for (String option : new String[] {"--clients", "--duration", "--requests", "--rate", "--warmup", "--timeout",
                "--url", "--config", "--data", "--json", "--file-size", "--heartbeat"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void anUnknownScenarioIsAWrongCommandLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Bench.run(new String[] {"no-such"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("login-cabinet"));
    }
}
