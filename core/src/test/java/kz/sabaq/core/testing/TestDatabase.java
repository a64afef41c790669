package kz.sabaq.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import kz.sabaq.core.db.EmbeddedDatabase;

/**
 * A real MariaDB for tests: one embedded server per test JVM (under target/, used as root with
 * the password it generated), or an external
 * server when {@code -Dsabaq.test.db.url=jdbc:mariadb://host:port/} is given (user and password
 * from {@code sabaq.test.db.user} / {@code sabaq.test.db.password}). Every call to
 * {@link #fresh()} creates an empty database of its own, so test classes never share rows.
 */
public final class TestDatabase {
    private static String serverUrl;
    private static String user;
    private static String password;

    public record Fresh(String name, String url, String user, String password) {
    }

    public static synchronized Fresh fresh() {
        if (serverUrl == null) {
            String external = System.getProperty("sabaq.test.db.url");
            if (external != null && !external.isBlank()) {
                serverUrl = external.endsWith("/") ? external : external + "/";
                user = System.getProperty("sabaq.test.db.user", "root");
                password = System.getProperty("sabaq.test.db.password", "");
            } else {
                EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of("target", "test-mariadb"), 0);
                serverUrl = embedded.jdbcUrl("");
                user = embedded.root().user();
                password = embedded.root().password();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            }
        }
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + serverUrl, e);
        }
        return new Fresh(name, serverUrl + name, user, password);
    }

    private TestDatabase() {
    }
}
