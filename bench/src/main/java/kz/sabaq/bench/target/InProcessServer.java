package kz.sabaq.bench.target;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import kz.sabaq.core.boot.Sabaq;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;

/**
 * The default target: the whole application started in this JVM on a free loopback port, with a
 * fresh embedded MariaDB under {@code target/bench-data/} at its default durability (every commit
 * flushed to disk), and the plugins of {@code plugins/} in development mode.
 */
public final class InProcessServer {

    /** @param configFile supplies the profile, theme and plugin settings; server and database are the bench's own */
    public static Target start(Path configFile, Path dataDir, Duration requestTimeout) throws IOException {
        SabaqConfig config = Files.exists(configFile) ? SabaqConfig.load(configFile) : new SabaqConfig();
        InstitutionProfile profile = InstitutionProfile.load(Path.of(config.profilesDir), config.profile);
        Path mariadb = dataDir.resolve("mariadb");
        clearData(dataDir);
        config.server.host = "127.0.0.1";
        config.server.port = 0;
        config.database.embedded = true;
        config.database.url = null;
        config.database.dataDir = mariadb.toString();
        config.database.embeddedPort = 0;
        config.database.user = "root";
        config.database.password = "";
        config.plugins.mode = "development";
        config.plugins.dir = "plugins";
        config.uploadsDir = dataDir.resolve("uploads").toString();
        Sabaq app = Sabaq.start(config, profile, Clock.systemUTC());
        URI base = URI.create("http://127.0.0.1:" + app.port());
        config.server.publicUrl = base.toString();
        return new Target(base, app.database(), requestTimeout,
                "in-process server at " + base + " (profile " + profile.id + "), embedded " + Target.describe(app.database()),
                app);
    }

    /** Fresh each run: the MariaDB binaries under {@code mariadb/base/} are kept, its data and the uploads are not. */
    public static void clearData(Path dataDir) throws IOException {
        deleteTree(dataDir.resolve("mariadb").resolve("data"));
        deleteTree(dataDir.resolve("mariadb").resolve("tmp"));
        deleteTree(dataDir.resolve("uploads"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private InProcessServer() {
    }
}
