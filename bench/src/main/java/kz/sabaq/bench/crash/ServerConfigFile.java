package kz.sabaq.bench.crash;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;

/**
 * The configuration the storm's server runs with, written to {@code <data>/sabaq.yaml}: profile,
 * theme and plugins as the given configuration says, and the storm's own loopback port, database
 * and uploads. The profile is copied with {@code demo: false}, so the database holds the storm's
 * rows alone and a restart costs no demo loading.
 */
final class ServerConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * @param repoRoot relative paths of {@code source} (profiles, themes, plugins) are resolved against it
     * @return the configuration written to {@code <data>/sabaq.yaml}
     */
    static SabaqConfig write(Path dataDir, Path source, Path repoRoot, int port, StormDatabase database) throws IOException {
        SabaqConfig config = Files.exists(source) ? SabaqConfig.load(source) : new SabaqConfig();
        InstitutionProfile profile = InstitutionProfile.load(repoRoot.resolve(config.profilesDir), config.profile);
        profile.demo = false;
        Path profiles = Files.createDirectories(dataDir.resolve("institutions"));
        YAML.writeValue(profiles.resolve(config.profile + ".yaml").toFile(), profile);

        config.server.host = "127.0.0.1";
        config.server.port = port;
        config.server.publicUrl = "http://127.0.0.1:" + port;
        database.configure(config.database);
        config.plugins.mode = "development";
        config.plugins.dir = absolute(repoRoot, config.plugins.dir);
        config.themesDir = absolute(repoRoot, config.themesDir);
        config.profilesDir = profiles.toAbsolutePath().toString();
        config.uploadsDir = uploads(dataDir).toAbsolutePath().toString();
        config.mail.host = "";
        YAML.writeValue(file(dataDir).toFile(), config);
        return config;
    }

    static Path file(Path dataDir) {
        return dataDir.resolve("sabaq.yaml");
    }

    /** Where the server keeps uploaded files: online attestation's are under {@code online-attestation/}. */
    static Path uploads(Path dataDir) {
        return dataDir.resolve("uploads");
    }

    private static String absolute(Path repoRoot, String path) {
        return repoRoot.resolve(path).toAbsolutePath().normalize().toString();
    }

    private ServerConfigFile() {
    }
}
