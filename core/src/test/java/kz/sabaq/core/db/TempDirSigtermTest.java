package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.sabaq.core.Main;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.SabaqProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout under the temp dir (a clone in /tmp), stopped with SIGTERM as Ctrl+C does: nothing is
 * lost, and commands typed while it runs work against its database.
 */
class TempDirSigtermTest {

    @Test
    void sigtermKeepsTheDatabaseAndCommandsWorkWhileTheServerRuns(@TempDir Path dir) throws Exception {
        Path config = SabaqProcess.install(dir);
        Path dataDir = dir.resolve("data/mariadb");
        String iin = Iins.next();
        try (SabaqProcess server = SabaqProcess.start(config)) {
            assertEquals(0, cli("user", "add", "--iin", iin, "--surname", "Сақталған", "--name", "Адам",
                    "--config", config.toString()));
            assertEquals(0, cli("plugins", "list", "--config", config.toString()));
            Rows.write(dataDir, "written before SIGTERM");
            server.terminate();
        }
        assertTrue(Files.isDirectory(dataDir.resolve("data/sabaq")), "SIGTERM keeps the data directory");
        assertTrue(Rows.mariadbOn(dataDir).isEmpty(), "SIGTERM stops MariaDB too");

        try (SabaqProcess server = SabaqProcess.start(config)) {
            assertEquals(200, server.get("/login"));
            assertEquals(List.of("written before SIGTERM"), Rows.read(dataDir));
            assertEquals(0, cli("user", "reset-password", "--iin", iin, "--config", config.toString()),
                    "the user added while the server ran is still there");
        }
    }

    private static int cli(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return Main.execute(args);
        } finally {
            System.setOut(out);
        }
    }
}
