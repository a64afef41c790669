package kz.sabaq.core.db;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The MariaDB that Sabaq runs itself under {@code dataDir}: its data stays there across restarts,
 * wherever the directory is, and however the previous process ended. One process owns the
 * directory at a time (see {@link DataDirOwner}); commands typed while the server runs join it.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final Path home;
    private final int port;
    private final EmbeddedCredentials credentials;
    private final MariaDbServer server;
    private final DataDirOwner owner;
    private boolean closed;

    private EmbeddedDatabase(Path home, int port, EmbeddedCredentials credentials, MariaDbServer server, DataDirOwner owner) {
        this.home = home;
        this.port = port;
        this.credentials = credentials;
        this.server = server;
        this.owner = owner;
    }

    /** Who asks for the database, which decides whether it may share it. */
    public enum Use {
        /** {@code ./sabaq run} (and tests): starts the server, which commands may join. */
        SERVER,
        /** A command: joins a running server's database, or starts it for itself. */
        COMMAND,
        /** A command that needs the database to itself ({@code ./sabaq restore}). */
        EXCLUSIVE
    }

    /** {@link Use#SERVER}. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        return open(dataDir, port, Use.SERVER);
    }

    /** {@link Use#COMMAND}. */
    public static EmbeddedDatabase startOrJoin(Path dataDir, int port) {
        return open(dataDir, port, Use.COMMAND);
    }

    /**
     * Starts the server on {@code dataDir} for this process, or joins the one another process runs
     * when {@code use} allows it; refuses in one line otherwise.
     *
     * @param port 0 picks a free port
     */
    public static EmbeddedDatabase open(Path dataDir, int port, Use use) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
            Optional<DataDirOwner> claimed = DataDirOwner.claim(home, use == Use.SERVER);
            if (claimed.isEmpty()) {
                return join(home, use);
            }
            DataDirOwner owner = claimed.get();
            try {
                EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(home);
                MariaDbServer server = MariaDbServer.start(home, port, credentials);
                owner.ready(server.port());
                return new EmbeddedDatabase(home, server.port(), credentials, server, owner);
            } catch (IOException | RuntimeException e) {
                owner.close();
                throw e;
            }
        } catch (AccessDeniedException e) {
            throw new DatabaseUnavailable("Cannot use the embedded database under " + dataDir + ": " + e.getFile()
                    + " is not yours; run this as the user that runs Sabaq.", e);
        } catch (IOException e) {
            throw new DatabaseUnavailable("Cannot start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Another process owns the directory: a command joins a running server; nothing else shares it. */
    private static EmbeddedDatabase join(Path home, Use use) throws IOException {
        Optional<DataDirOwner.Owner> owner = DataDirOwner.current(home);
        if (owner.isEmpty() || !owner.get().ready()) {
            throw new DatabaseUnavailable("Sabaq is starting the embedded database under " + home
                    + "; run this again when it is ready.");
        }
        long pid = owner.get().pid();
        if (!owner.get().server()) {
            throw new DatabaseUnavailable("The embedded database under " + home + " is in use by another ./sabaq command (pid "
                    + pid + "); run this again when it has finished.");
        }
        if (use != Use.COMMAND) {
            throw new DatabaseUnavailable("Sabaq is already running on the embedded database under " + home + " (pid "
                    + pid + "); stop it first.");
        }
        return new EmbeddedDatabase(home, owner.get().port(), EmbeddedCredentials.load(home), null, null);
    }

    public int port() {
        return port;
    }

    /** True when this process started the server, false when it joined the one a running Sabaq started. */
    public boolean owned() {
        return server != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates databases, restores backups; tests use it to create a database per class. */
    public EmbeddedCredentials.Account root() {
        return credentials.root();
    }

    /** The application's own account, which may use only the databases made with {@link #createDatabase}. */
    public EmbeddedCredentials.Account application() {
        return credentials.application();
    }

    /** Creates the application's database, if missing, and lets the application's account use it. */
    public void createDatabase(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), root().user(), root().password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + application().user() + "'@'127.0.0.1'");
        } catch (SQLException e) {
            throw new DatabaseUnavailable("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server if this process started it; a joined server keeps running. */
    @Override
    public synchronized void close() {
        if (server == null || closed) {
            return;
        }
        closed = true;
        server.stop();
        try {
            owner.close();
        } catch (IOException e) {
            throw new DatabaseUnavailable("Cannot release " + home + ": " + e.getMessage(), e);
        }
    }
}
