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
    void aPluginIsWiredAfterThePluginItOptionallyDependsOn(@TempDir Path dir) throws IOException {
        String properties = Files.readString(AllPlugins.dir().resolve("online-attestation/plugin.properties"),
                StandardCharsets.UTF_8);
        assertTrue(properties.contains("plugin.dependencies=attendance-qr?"), properties);
        link(dir, "online-attestation");
        link(dir, "attendance-qr");

        try (PluginHost host = new PluginHost(dir, true, id -> true)) {
            List<String> order = host.start().stream().map(m -> m.module().id()).toList();
            assertEquals(List.of("attendance-qr", "online-attestation"), order);
        }
    }

    @Test
    void anOptionalDependencyMayBeDisabledOrMissing(@TempDir Path dir) throws IOException {
        link(dir, "online-attestation");
        try (PluginHost host = new PluginHost(dir, true, id -> true)) {
            assertEquals(List.of("online-attestation"), host.start().stream().map(m -> m.module().id()).toList());
        }
        link(dir, "attendance-qr");
        try (PluginHost host = new PluginHost(dir, true, id -> !id.equals("attendance-qr"))) {
            assertEquals(List.of("online-attestation"), host.start().stream().map(m -> m.module().id()).toList());
        }
    }

    private static void link(Path dir, String pluginId) throws IOException {
        Files.createSymbolicLink(dir.resolve(pluginId), AllPlugins.dir().resolve(pluginId));
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
