package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.web.AccessFilter;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Deny by default, enforced by the build: every resource method of core and of every plugin in
 * plugins/ declares the access it needs.
 */
class AccessDeclarationTest {
    private static final Set<Class<? extends Annotation>> HTTP = Set.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);

    @Test
    void everyResourceMethodOfCoreAndEveryPluginDeclaresItsAccess() {
        try (TestServer server = AllPlugins.server().start()) {
            Map<String, List<Object>> resources = server.app().resources();
            List<String> started = server.app().plugins().all().stream()
                    .filter(p -> p.getPluginState() == PluginState.STARTED).map(PluginWrapper::getPluginId).toList();
            assertTrue(started.containsAll(AllPlugins.ids()), "every plugin was started: " + started);
            List<String> undeclared = new ArrayList<>();
            int checked = 0;
            for (var entry : resources.entrySet()) {
                for (Object resource : entry.getValue()) {
                    for (Method m : resource.getClass().getMethods()) {
                        if (isResourceMethod(m)) {
                            checked++;
                            if (AccessFilter.Access.of(m) == AccessFilter.Access.NONE) {
                                undeclared.add(entry.getKey() + ": " + m.getDeclaringClass().getName() + "." + m.getName());
                            }
                        }
                    }
                }
            }
            assertTrue(checked > 10, "found the resource methods (" + checked + ")");
            assertEquals(List.of(), undeclared, "resource methods without @RequiresCapability, @AnyUser or @PublicAccess");
        }
    }

    private static boolean isResourceMethod(Method m) {
        return HTTP.stream().anyMatch(m::isAnnotationPresent) || m.isAnnotationPresent(Path.class);
    }
}
