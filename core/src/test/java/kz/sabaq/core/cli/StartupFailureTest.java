package kz.sabaq.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.sabaq.core.Main;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFailureTest {

    @Test
    void aDatabaseThatIsDownGivesOneClearLineNotAStackTrace(@TempDir Path dir) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Path config = dir.resolve("sabaq.yaml");
        Files.writeString(config, """
                database:
                  embedded: false
                  url: jdbc:mariadb://127.0.0.1:%d/sabaq
                profilesDir: %s
                """.formatted(closedPort, TestServer.repoRoot().resolve("config/institutions")));
        String err = captureErr(() -> assertEquals(1, Main.execute(new String[] {"migrate", "--config", config.toString()})));
        String[] lines = err.strip().split("\n");
        assertEquals(1, lines.length, err);
        assertTrue(lines[0].startsWith("sabaq migrate: Cannot connect to MariaDB at jdbc:mariadb://127.0.0.1:" + closedPort), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    @Test
    void aMissingConfigurationFileIsNamed(@TempDir Path dir) {
        String err = captureErr(() -> assertEquals(1, Main.execute(new String[] {"migrate", "--config", dir.resolve("none.yaml").toString()})));
        assertTrue(err.contains("Configuration file not found"), err);
    }

    @Test
    void anUnknownSettingInTheConfigurationIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("sabaq.yaml");
        Files.writeString(config, "server:\n  prot: 8080\n");
        String err = captureErr(() -> assertEquals(1, Main.execute(new String[] {"migrate", "--config", config.toString()})));
        assertTrue(err.contains("prot"), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    private static String captureErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
