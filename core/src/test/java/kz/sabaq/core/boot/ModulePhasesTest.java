package kz.sabaq.core.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.StartedModules;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Every module is declared, then wired, then told it started, in module order. */
class ModulePhasesTest {

    /** A service only the later module publishes. */
    interface Greeting {
        String text();
    }

    /** Records what it could see in each phase. */
    private static final class Recording implements LmsModule {
        private final String id;
        private final List<String> seen;
        private final boolean publishes;

        Recording(String id, List<String> seen, boolean publishes) {
            this.id = id;
            this.seen = seen;
            this.publishes = publishes;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void wire(ModuleWiring w) {
            seen.add(id + " wired, greeting " + w.service(Greeting.class).map(Greeting::text).orElse("absent"));
            if (publishes) {
                w.provide(Greeting.class, () -> "hello");
            }
        }

        @Override
        public void started(StartedModules modules) {
            seen.add(id + " started, greeting " + modules.service(Greeting.class).map(Greeting::text).orElse("absent"));
        }
    }

    @Test
    void aModuleSeesInStartedWhatAModuleWiredAfterItPublished() {
        List<String> seen = new ArrayList<>();
        try (TestServer server = TestServer.builder().module(new Recording("first", seen, false))
                .module(new Recording("second", seen, true)).start()) {
            assertEquals(List.of("first wired, greeting absent", "second wired, greeting absent",
                    "first started, greeting hello", "second started, greeting hello"), seen);
        }
    }

    @Test
    void startedListsCoreModulesBeforeTheOthers() {
        List<List<String>> ids = new ArrayList<>();
        LmsModule module = new LmsModule() {
            @Override
            public String id() {
                return "listing";
            }

            @Override
            public void wire(ModuleWiring w) {
            }

            @Override
            public void started(StartedModules modules) {
                ids.add(modules.ids());
            }
        };
        try (TestServer server = TestServer.builder().module(module).start()) {
            assertEquals(List.of(List.of("core-administration", "core-academic", "core-journal", "core-account",
                    "core-conference", "listing")), ids);
        }
    }
}
