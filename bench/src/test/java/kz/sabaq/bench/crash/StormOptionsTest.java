package kz.sabaq.bench.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StormOptionsTest {

    @Test
    void withoutOptionsTwoKillsUnderModestLoadAgainstTheBenchsOwnMariaDb() {
        StormOptions o = StormOptions.parse(List.of());
        assertEquals(2, o.kills());
        assertEquals(Duration.ofSeconds(15), o.interval());
        assertEquals(100, o.checkInRate());
        assertEquals(10, o.answerRate());
        assertEquals(25, o.clients());
        assertEquals(Path.of("target", "crash-storm"), o.dataDir());
        assertFalse(o.embedded());
    }

    @Test
    void everyOptionIsRead() {
        StormOptions o = StormOptions.parse(List.of("--kills", "5", "--interval", "1m", "--checkins", "300/s",
                "--answers", "30", "--clients", "40", "--timeout", "5s", "--data", "/tmp/storm", "--embedded"));
        assertEquals(5, o.kills());
        assertEquals(Duration.ofMinutes(1), o.interval());
        assertEquals(300, o.checkInRate());
        assertEquals(30, o.answerRate());
        assertEquals(40, o.clients());
        assertEquals(Duration.ofSeconds(5), o.timeout());
        assertEquals(Path.of("/tmp/storm"), o.dataDir());
        assertTrue(o.embedded());
    }

    @Test
    void aWrongCommandLineIsRefusedWithTheOptionNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StormOptions.parse(List.of("--kills", "0")))
                .getMessage().startsWith("--kills must be between 1 and 20"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StormOptions.parse(List.of("--answers", "fast")))
                .getMessage().startsWith("--answers needs operations per second"));
        assertEquals("Unknown option --duration",
                assertThrows(IllegalArgumentException.class, () -> StormOptions.parse(List.of("--duration", "10s"))).getMessage());
        assertEquals("--interval needs a value",
                assertThrows(IllegalArgumentException.class, () -> StormOptions.parse(List.of("--interval"))).getMessage());
    }
}
