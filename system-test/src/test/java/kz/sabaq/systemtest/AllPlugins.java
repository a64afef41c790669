package kz.sabaq.systemtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.sabaq.core.testing.TestServer;

/** Every plugin in the source tree's plugins/ folder, enabled, in development mode. */
final class AllPlugins {

    static Path dir() {
        return TestServer.repoRoot().resolve("plugins");
    }

    static List<String> ids() {
        try (Stream<Path> dirs = Files.list(dir())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("plugin.properties")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestServer.Builder server() {
        TestServer.Builder builder = TestServer.builder().plugins(dir());
        ids().forEach(id -> builder.enable(id, Map.of()));
        return builder;
    }

    private AllPlugins() {
    }
}
