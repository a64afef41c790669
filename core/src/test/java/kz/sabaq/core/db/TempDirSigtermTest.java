package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MainRun;
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
        Path csv = Files.writeString(dir.resolve("departments.csv"),
                "code,name_kk,name_ru,name_en\nIT,Ақпарат,Информатика,IT\n");
        try (SabaqProcess server = SabaqProcess.start(config)) {
            MainRun added = MainRun.of("user", "add", "--iin", iin, "--surname", "Сақталған", "--name", "Адам",
                    "--config", config.toString());
            assertEquals(0, added.code(), added.err());
            MainRun plugins = MainRun.of("plugins", "list", "--config", config.toString());
            assertEquals(0, plugins.code(), plugins.err());
            MainRun imported = MainRun.of("import", "department", csv.toString(), "--config", config.toString());
            assertEquals(0, imported.code(), imported.err());
            Rows.write(dataDir, "written before SIGTERM");
            server.terminate();
        }
        assertTrue(Files.isDirectory(dataDir.resolve("data/sabaq")), "SIGTERM keeps the data directory");
        assertTrue(Rows.mariadbOn(dataDir).isEmpty(), "SIGTERM stops MariaDB too");

        try (SabaqProcess server = SabaqProcess.start(config)) {
            assertEquals(200, server.get("/login"));
            assertEquals(List.of("written before SIGTERM"), Rows.read(dataDir));
            assertEquals(0, MainRun.of("user", "reset-password", "--iin", iin, "--config", config.toString()).code(),
                    "the user added while the server ran is still there");
            MainRun reimported = MainRun.of("import", "department", csv.toString(), "--dry-run", "--config", config.toString());
            assertTrue(reimported.out().contains("0 would be created, 1 updated"),
                    "the department imported while the server ran is still there: " + reimported.out());
        }
    }
}
