package kz.sabaq.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.sabaq.core.testing.TestDatabase;
import kz.sabaq.core.testing.TestServer;

/** A {@code sabaq.yaml} for a command: a fresh test database, every plugin's directory, the profiles. */
final class CommandConfig {

    static Path write(Path dir, TestDatabase.Fresh db) throws IOException {
        Path config = dir.resolve("sabaq.yaml");
        Files.writeString(config, """
                database:
                  embedded: false
                  url: %s
                  user: %s
                  password: "%s"
                plugins:
                  dir: %s
                profilesDir: %s
                """.formatted(db.url(), db.user(), db.password(), AllPlugins.dir(),
                TestServer.repoRoot().resolve("config/institutions")));
        return config;
    }

    private CommandConfig() {
    }
}
