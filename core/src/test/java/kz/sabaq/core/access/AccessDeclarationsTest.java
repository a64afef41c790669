package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.List;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.role.RoleEditorResource;
import kz.sabaq.core.role.RoleListResource;
import kz.sabaq.core.user.UserResource;
import kz.sabaq.core.user.UsersResource;
import org.junit.jupiter.api.Test;

/**
 * Who may reach the role and user admin. That every resource method declares its access is
 * settled at start-up (core's web AccessDeclarationTest).
 */
class AccessDeclarationsTest {
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
