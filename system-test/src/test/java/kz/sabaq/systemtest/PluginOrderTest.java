package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.core.plugin.PluginHost;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins start and wire in dependency order, and a module built into the application sits beside them. */
class PluginOrderTest {

    @Test
    void aPluginIsWiredAfterThePluginItDependsOn(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("attendance-qr"), AllPlugins.dir().resolve("attendance-qr"));
        Path dependent = Files.createDirectory(dir.resolve("online-attestation"));
        Path real = AllPlugins.dir().resolve("online-attestation");
        Files.createSymbolicLink(dependent.resolve("target"), real.resolve("target"));
        String properties = Files.readString(real.resolve("plugin.properties"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^plugin\\.dependencies=.*$", "plugin.dependencies=attendance-qr");
        Files.writeString(dependent.resolve("plugin.properties"), properties, StandardCharsets.UTF_8);

        try (PluginHost host = new PluginHost(dir, true, id -> true)) {
            List<String> order = host.start().stream().map(m -> m.module().id()).toList();
            assertEquals(List.of("attendance-qr", "online-attestation"), order);
        }
    }

    @Test
    void aBuiltInModuleStartsBesidePlugins() {
        try (TestServer server = TestServer.builder().module(new BuiltIn()).plugins(AllPlugins.dir())
                .enable("announcements", Map.of()).start()) {
            assertTrue(server.app().resources().containsKey("announcements"), server.app().resources().keySet().toString());
            assertTrue(server.app().resources().containsKey("built-in"), server.app().resources().keySet().toString());
        }
    }

    /** The smallest module compiled into the application, as guide §7's tests use. */
    private static final class BuiltIn implements LmsModule {
        @Override
        public String id() {
            return "built-in";
        }

        @Override
        public void wire(ModuleWiring wiring) {
        }
    }
}
