package kz.sabaq.core.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.sabaq.core.db.EmbeddedDatabase;
import kz.sabaq.core.file.LocalFileStore;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MainRun;
import kz.sabaq.core.testing.SabaqProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./sabaq backup of a populated installation, taken while its server runs, restored into an empty one. */
class BackupRestoreTest {

    @Test
    void aBackupTakenWhileTheServerRunsRestoresEveryRowAndFileIntoAnEmptyInstallation(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path configA = SabaqProcess.install(a);
        Path configB = SabaqProcess.install(b);
        populate(configA, a.resolve("data/uploads"));

        Path archive = dir.resolve("nightly.zip");
        try (EmbeddedDatabase serverA = EmbeddedDatabase.start(a.resolve("data/mariadb"), 0)) {
            MainRun backup = MainRun.of("backup", archive.toString(), "--config", configA.toString());
            assertEquals(0, backup.code(), backup.err());
            assertTrue(backup.out().contains("2 stored file(s)"), backup.out());
        }

        MainRun restore = MainRun.of("restore", archive.toString(), "--config", configB.toString());
        assertEquals(0, restore.code(), restore.err());
        assertFalse(Files.exists(b.resolve("backups")), "an empty installation has nothing to keep");
        try (EmbeddedDatabase dbA = EmbeddedDatabase.start(a.resolve("data/mariadb"), 0);
             EmbeddedDatabase dbB = EmbeddedDatabase.start(b.resolve("data/mariadb"), 0)) {
            Map<String, List<String>> rowsA = everyRow(dbA);
            assertTrue(rowsA.get("app_user").size() >= 2, rowsA.keySet().toString());
            assertEquals(rowsA, everyRow(dbB));
            assertEquals(triggers(dbA), triggers(dbB));
            assertEquals(2, triggers(dbB).size());
        }
        assertEquals(files(a.resolve("data/uploads")), files(b.resolve("data/uploads")));
    }

    @Test
    void restoreKeepsWhatItReplacesAndRefusesWhileTheServerRuns(@TempDir Path dir) throws Exception {
        Path config = SabaqProcess.install(dir);
        populate(config, dir.resolve("data/uploads"));
        Path archive = dir.resolve("first.zip");
        assertEquals(0, MainRun.of("backup", archive.toString(), "--config", config.toString()).code());
        MainRun again = MainRun.of("backup", archive.toString(), "--config", config.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists"), again.err());

        MainRun restore = MainRun.of("restore", archive.toString(), "--config", config.toString());
        assertEquals(0, restore.code(), restore.err());
        try (Stream<Path> kept = Files.list(dir.resolve("backups"))) {
            assertEquals(1, kept.filter(p -> p.getFileName().toString().startsWith("before-restore-")).count());
        }

        try (EmbeddedDatabase server = EmbeddedDatabase.start(dir.resolve("data/mariadb"), 0)) {
            MainRun refused = MainRun.of("restore", archive.toString(), "--config", config.toString());
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("already running") && refused.err().strip().lines().count() == 1, refused.err());
        }
        MainRun notABackup = MainRun.of("restore", config.toString(), "--config", config.toString());
        assertEquals(1, notABackup.code());
        assertTrue(notABackup.err().contains("is not a Sabaq backup"), notABackup.err());
    }

    /** Core's tables, two users (with their audit rows) and two stored files, one with a Kazakh name. */
    private static void populate(Path config, Path uploads) {
        for (String surname : List.of("Бірінші", "Екінші")) {
            MainRun added = MainRun.of("user", "add", "--iin", Iins.next(), "--surname", surname, "--name", "Сынақ",
                    "--config", config.toString());
            assertEquals(0, added.code(), added.err());
        }
        LocalFileStore store = new LocalFileStore(uploads.resolve("core"));
        store.store(new ByteArrayInputStream("Сабақ кестесі".getBytes(StandardCharsets.UTF_8)), "кесте.txt", 1 << 20);
        store.store(new ByteArrayInputStream(new byte[] {0, 1, 2, (byte) 0xFF}), "raw.bin", 1 << 20);
    }

    /** Every table's rows, each as its values joined, sorted. */
    private static Map<String, List<String>> everyRow(EmbeddedDatabase db) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("sabaq"), db.root().user(), db.root().password())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables("sabaq", null, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                List<String> values = new ArrayList<>();
                try (ResultSet r = c.createStatement().executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        values.add(row.toString());
                    }
                }
                values.sort(null);
                rows.put(table, values);
            }
        }
        return rows;
    }

    private static List<String> triggers(EmbeddedDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("sabaq"), db.root().user(), db.root().password());
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = 'sabaq' ORDER BY 1")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static Map<String, String> files(Path uploads) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> all = Files.walk(uploads)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                contents.put(uploads.relativize(f).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(f)));
            }
        }
        assertEquals(2, contents.size());
        return contents;
    }
}
