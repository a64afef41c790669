package kz.sabaq.core.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code mariadbd} process on a data directory. Its output goes to {@code mariadb.log} beside
 * the data, so it outlives this JVM; nothing here ever deletes a file MariaDB keeps data in.
 */
final class MariaDbServer {
    private static final Logger LOG = LoggerFactory.getLogger(MariaDbServer.class);
    /** A large buffer pool can take a while to flush; a server that gets no further is killed. */
    private static final long STOP_SECONDS = 120;
    private static final long START_SECONDS = 120;

    private final Process process;
    private final int port;

    private MariaDbServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts MariaDB on {@code home/data}, installing it first when the directory is new. */
    static MariaDbServer start(Path home, int port, EmbeddedCredentials credentials) throws IOException {
        MariaDbBinaries binaries = MariaDbBinaries.unpack(home.resolve("base"));
        Path data = home.resolve("data");
        Files.createDirectories(home.resolve("tmp"));
        stopOrphans(data);
        // Left by a server that was killed; MariaDB would refuse to bind to it.
        Files.deleteIfExists(home.resolve("mysql.sock"));
        if (!Files.isDirectory(data.resolve("mysql"))) {
            install(binaries, home, data);
        }
        Path init = home.resolve("accounts.sql");
        Files.deleteIfExists(init);
        Files.createFile(init, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(init, credentials.accountsSql(), StandardCharsets.UTF_8);
        int chosen = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(), "--no-defaults", "--console",
                "--basedir=" + binaries.base(), "--datadir=" + data, "--tmpdir=" + home.resolve("tmp"),
                "--port=" + chosen, "--socket=" + home.resolve("mysql.sock"), "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--init-file=" + init, "--max_allowed_packet=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max-connections=500", "--innodb-buffer-pool-size=256M"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        Process process = run(binaries, home, command);
        try {
            awaitReady(process, chosen, credentials.root(), home);
        } finally {
            Files.deleteIfExists(init);
        }
        return new MariaDbServer(process, chosen);
    }

    int port() {
        return port;
    }

    /** SIGTERM, which MariaDB answers with a clean shutdown; a kill only if that never ends. */
    void stop() {
        stop(process.toHandle());
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("MariaDB (pid {}) did not stop within {} s; killing it", server.pid(), STOP_SECONDS);
            server.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A MariaDB still running on this data directory although no Sabaq process owns it was left
     * by one that was killed (kill -9, a crash): it is stopped cleanly before a new one starts.
     */
    private static void stopOrphans(Path data) {
        String dataArgument = "--datadir=" + data;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataArgument)).orElse(false))
                .forEach(orphan -> {
                    LOG.warn("Stopping MariaDB (pid {}) left running on {} by a Sabaq process that ended without stopping it",
                            orphan.pid(), data);
                    stop(orphan);
                });
    }

    private static void install(MariaDbBinaries binaries, Path home, Path data) throws IOException {
        LOG.info("Creating a new MariaDB data directory in {}", data);
        Process install = run(binaries, home, List.of(binaries.installDb().toString(), "--datadir=" + data,
                "--basedir=" + binaries.base(), "--no-defaults", "--force", "--skip-name-resolve"));
        try {
            if (!install.waitFor(START_SECONDS, TimeUnit.SECONDS) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new IOException("mariadb-install-db failed" + lastLines(home));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while installing MariaDB", e);
        }
    }

    private static Process run(MariaDbBinaries binaries, Path home, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(binaries.base().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadb.log").toFile()));
        builder.environment().putAll(binaries.environment());
        return builder.start();
    }

    /** Ready means root can log in with its password: the accounts file has run too. */
    private static void awaitReady(Process server, int port, EmbeddedCredentials.Account root, Path home) throws IOException {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=1000";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(url, root.user(), root.password())) {
                if (server.isAlive()) {
                    return;
                }
            } catch (SQLException notYet) {
                // Not listening yet, or still running the accounts file.
            }
            try {
                if (server.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IOException("MariaDB exited with code " + server.exitValue() + lastLines(home));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.destroy();
                throw new IOException("Interrupted while starting MariaDB", e);
            }
        }
        stop(server.toHandle());
        throw new IOException("MariaDB did not accept connections within " + START_SECONDS + " s" + lastLines(home));
    }

    private static String lastLines(Path home) throws IOException {
        List<String> lines = new String(Files.readAllBytes(home.resolve("mariadb.log")), StandardCharsets.UTF_8).lines().toList();
        List<String> errors = lines.subList(Math.max(0, lines.size() - 5), lines.size());
        return "; the end of " + home.resolve("mariadb.log") + ":\n  " + String.join("\n  ", errors);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
