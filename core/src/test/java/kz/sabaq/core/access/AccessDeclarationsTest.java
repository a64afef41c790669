package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.role.RoleEditorResource;
import kz.sabaq.core.role.RoleListResource;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.user.UserResource;
import kz.sabaq.core.user.UsersResource;
import kz.sabaq.core.web.AccessFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deny by default: every resource method of the running application declares exactly one kind of access. */
class AccessDeclarationsTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyResourceMethodDeclaresItsAccess() {
        List<String> undeclared = new ArrayList<>();
        server.app().resources().forEach((module, resources) -> resources.forEach(resource -> {
            for (Method m : resource.getClass().getMethods()) {
                if (isEndpoint(m) && AccessFilter.Access.of(m) == AccessFilter.Access.NONE) {
                    undeclared.add(module + ": " + m.getDeclaringClass().getSimpleName() + "." + m.getName());
                }
            }
        }));
        assertEquals(List.of(), undeclared);
    }

    @Test
    void viewingRolesAndUsersNeedsAdminViewAndChangingThemNeedsAdminEdit() {
        for (Class<?> type : List.of(RoleListResource.class, RoleEditorResource.class, UsersResource.class,
                UserResource.class)) {
            for (Method m : type.getMethods()) {
                if (!isEndpoint(m)) {
                    continue;
                }
                RequiresCapability required = m.getAnnotation(RequiresCapability.class);
                assertTrue(required != null, type.getSimpleName() + "." + m.getName());
                boolean changes = !m.isAnnotationPresent(GET.class) || m.getName().equals("form");
                assertEquals(changes ? CoreModule.ADMIN_EDIT : CoreModule.ADMIN_VIEW, required.value(),
                        type.getSimpleName() + "." + m.getName());
            }
        }
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
    }
}
