package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.sabaq.core.testing.SabaqProcess;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;

/** kill -9 of Sabaq leaves its MariaDB running, orphaned; the next start must cope. */
class KillRecoveryTest {

    @Test
    void aKilledServerLeavesADatabaseThatStartsAgainWithItsData() throws Exception {
        // Under target/, not the temp dir, so that only the kill is tested here.
        Path dir = Files.createDirectories(Path.of("target", "kill-recovery-" + UUID.randomUUID()).toAbsolutePath());
        try {
            killAndStartAgain(dir);
        } finally {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    private static void killAndStartAgain(Path dir) throws Exception {
        Path config = SabaqProcess.install(dir);
        Path dataDir = dir.resolve("data/mariadb");
        try (SabaqProcess first = SabaqProcess.start(config)) {
            Rows.write(dataDir, "written before the kill");
            first.kill();
        }
        assertEquals(1, Rows.mariadbOn(dataDir).size(), "the killed server's MariaDB is still running, orphaned");

        try (SabaqProcess second = SabaqProcess.start(config)) {
            assertEquals(200, second.get("/login"));
            assertEquals(List.of("written before the kill"), Rows.read(dataDir));
            second.terminate();
        }
        assertTrue(Rows.mariadbOn(dataDir).isEmpty(), "a server stopped with SIGTERM stops its MariaDB");
    }
}
