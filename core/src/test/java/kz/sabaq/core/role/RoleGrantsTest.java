package kz.sabaq.core.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every path that gives a role asks one rule, {@link kz.sabaq.core.access.RoleGrants}: a user
 * manager who administers accounts but not the academic structure gives neither a registrar's role
 * nor a role definition holding the registry, yet still gives a teacher's.
 */
class RoleGrantsTest {
    static TestServer server;
    static RoleMapper roles;
    static long managerRole;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        roles = server.app().database().mapper(RoleMapper.class);
        managerRole = roles.insert("user_manager", "User manager", false, "NONE");
        roles.putModule(managerRole, "core.administration", "EDIT");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient manager() {
        String iin = Iins.next();
        long id = server.user(iin, "Менеджер", "Айгүл");
        roles.assign(id, managerRole);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    private static boolean holds(long userId, String code) {
        return roles.roleIdsOf(userId).contains(roles.byCode(code).orElseThrow().id());
    }

    @Test
    void theUserPageRefusesARoleAboveTheActorsOwn() {
        WebClient browser = manager();
        long someone = server.user(Iins.next(), "Сәрсенов", "Ерлан");
        browser.get("/admin/users/" + someone);
        long registrar = roles.byCode(StandardRoles.REGISTRAR).orElseThrow().id();
        WebClient.Page refused = browser.post("/admin/users/" + someone + "/roles", Map.of("role", String.valueOf(registrar)));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("әкімшілік құқықтары сіздің рөлдеріңізден көп"), refused.body());
        assertFalse(holds(someone, StandardRoles.REGISTRAR));
        long teacher = roles.byCode(StandardRoles.TEACHER).orElseThrow().id();
        assertEquals(303, browser.post("/admin/users/" + someone + "/roles", Map.of("role", String.valueOf(teacher))).status());
        assertTrue(holds(someone, StandardRoles.TEACHER));
    }

    @Test
    void theRoleEditorRefusesToRaiseARoleAboveTheActorsOwn() {
        WebClient browser = manager();
        browser.get("/admin/roles/" + managerRole);
        WebClient.Page refused = browser.post("/admin/roles/" + managerRole, FormFields.of()
                .add("module", "core.administration").add("mode:core.administration", "EDIT")
                .add("module", "core.registry").add("mode:core.registry", "EDIT"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Ештеңе сақталмады"), refused.body());
        server.app().database().mapper(RoleMapper.class).modules().stream()
                .filter(r -> ((Number) r.get("roleId")).longValue() == managerRole)
                .forEach(r -> assertEquals("core.administration", r.get("moduleId")));
    }
}
