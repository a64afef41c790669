package kz.sabaq.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchTargetTest {

    @Test
    void loopbackAddressesAreAccepted() {
        assertEquals(URI.create("http://127.0.0.1:8080"), Target.requireLoopback(URI.create("http://127.0.0.1:8080")));
        assertEquals(URI.create("http://localhost:8080"), Target.requireLoopback(URI.create("http://localhost:8080")));
        assertEquals(URI.create("http://[::1]:8080"), Target.requireLoopback(URI.create("http://[::1]:8080")));
    }

    @Test
    void anotherMachineIsNeverLoadedEvenBeforeItsDatabaseIsOpened() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunningServer.connect(URI.create("http://10.20.30.40:8080"), Path.of("no-such.yaml"), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }

    @Test
    void onlyPlainHttpAddressesAreTargets() {
        assertThrows(IllegalArgumentException.class, () -> Target.requireLoopback(URI.create("https://127.0.0.1:8443")));
        assertThrows(IllegalArgumentException.class, () -> Target.requireLoopback(URI.create("127.0.0.1:8080")));
    }
}
