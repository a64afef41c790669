package kz.sabaq.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserAdminTest {
    static final Pattern SHOWN_PASSWORD = Pattern.compile("data-password>([^<]+)<");
    static TestServer server;
    static UserMapper users;
    static RoleMapper roles;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        users = server.app().database().mapper(UserMapper.class);
        roles = server.app().database().mapper(RoleMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Admin(long id, WebClient browser) {
    }

    static Admin admin() {
        String iin = Iins.next();
        long id = server.user(iin, "Әкімов", "Админ", StandardRoles.ADMINISTRATOR);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return new Admin(id, browser);
    }

    static Map<String, String> person(String iin, String password) {
        Map<String, String> form = new HashMap<>(Map.of("iin", iin, "surname", "Нұрланова", "firstName", "Дана",
                "patronymic", "", "email", "dana@example.kz", "locale", "ru"));
        form.put("password", password);
        return form;
    }

    static String shownPassword(WebClient.Page page) {
        Matcher m = SHOWN_PASSWORD.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    @Test
    void creatingAUserWithAWrongIinCheckDigitChangesNothing() {
        WebClient admin = admin().browser();
        long before = users.count();
        WebClient.Page refused = admin.post("/admin/users", person("800101300007", ""));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("бақылау цифры"), refused.body());
        assertTrue(refused.contains("value=\"Нұрланова\""), "the form keeps what was typed");
        assertEquals(before, users.count());
        assertTrue(users.findByIin("800101300007").isEmpty());
    }

    @Test
    void creatingAUserWithAnIinAlreadyTakenChangesNothing() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        server.user(iin, "Бар", "Адам");
        long before = users.count();
        WebClient.Page refused = admin.post("/admin/users", person(iin, "some-password-1"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("ЖСН " + iin + " бойынша пайдаланушы бұрыннан тіркелген."), refused.body());
        assertEquals(before, users.count());
        assertEquals("Бар", users.findByIin(iin).orElseThrow().surname());
    }

    @Test
    void creatingAUserWithABadEmailChangesNothing() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        Map<String, String> form = person(iin, "");
        form.put("email", "not-an-address");
        assertEquals(400, admin.post("/admin/users", form).status());
        assertTrue(users.findByIin(iin).isEmpty());
    }

    @Test
    void aCreatedUserWithAGeneratedPasswordSeesItOnceAndCanLogIn() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        WebClient.Page created = admin.post("/admin/users", person(iin, ""));
        assertEquals(200, created.status(), created.body());
        String password = shownPassword(created);
        assertTrue(password.length() >= 16);
        User user = users.findByIin(iin).orElseThrow();
        assertEquals("ru", user.locale());
        assertEquals("dana@example.kz", user.email());
        assertFalse(admin.get("/admin/users/" + user.id()).contains(password), "shown only once");
        assertEquals(303, server.client().login(iin, password).status());
    }

    @Test
    void aCreatedUserWithATypedPasswordCanLogInWithIt() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        WebClient.Page created = admin.post("/admin/users", person(iin, "typed-password-9"));
        assertEquals(200, created.status());
        assertFalse(SHOWN_PASSWORD.matcher(created.body()).find(), "a typed password is not echoed");
        assertEquals(303, server.client().login(iin, "typed-password-9").status());
    }

    @Test
    void passwordResetLogsTheUserOutEverywhere() throws SQLException {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        long id = server.user(iin, "Ұмытшақ", "Айдос", StandardRoles.TEACHER);
        WebClient phone = server.client();
        WebClient laptop = server.client();
        phone.login(iin);
        laptop.login(iin);
        assertEquals(200, phone.get("/").status());

        WebClient.Page reset = admin.post("/admin/users/" + id + "/password", Map.of("password", "brand-new-pass"));
        assertEquals(200, reset.status(), reset.body());

        assertEquals(303, phone.get("/").status());
        assertEquals(303, laptop.get("/").status());
        assertEquals(401, server.client().login(iin).status(), "the old password no longer works");
        assertEquals(303, server.client().login(iin, "brand-new-pass").status());
        assertEquals(1, auditCount("core.user.password.reset", "user:" + id));
    }

    @Test
    void aGeneratedResetPasswordIsShownOnceAndWorks() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        long id = server.user(iin, "Тағы", "Ұмытқан");
        String password = shownPassword(admin.post("/admin/users/" + id + "/password", Map.of("password", "")));
        assertEquals(303, server.client().login(iin, password).status());
    }

    @Test
    void aTooShortResetPasswordChangesNothing() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        long id = server.user(iin, "Қысқа", "Құпиясөз");
        String hash = users.findById(id).orElseThrow().passwordHash();
        WebClient.Page refused = admin.post("/admin/users/" + id + "/password", Map.of("password", "short"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Құпиясөз кемінде 8 таңбадан тұруы керек."), refused.body());
        assertEquals(hash, users.findById(id).orElseThrow().passwordHash());
    }

    @Test
    void aDeactivatedUserIsLoggedOutAndCannotLogInUntilActivatedAgain() {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        long id = server.user(iin, "Демалыста", "Асқар", StandardRoles.TEACHER);
        WebClient user = server.client();
        user.login(iin);
        assertEquals(303, admin.post("/admin/users/" + id + "/active", Map.of("active", "false")).status());
        assertFalse(users.findById(id).orElseThrow().active());
        assertEquals(303, user.get("/").status());
        assertEquals(401, server.client().login(iin).status());

        admin.post("/admin/users/" + id + "/active", Map.of("active", "true"));
        assertEquals(303, server.client().login(iin).status());
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() {
        Admin admin = admin();
        WebClient.Page refused = admin.browser().post("/admin/users/" + admin.id() + "/active", Map.of("active", "false"));
        assertEquals(400, refused.status());
        assertTrue(users.findById(admin.id()).orElseThrow().active());
    }

    @Test
    void rolesCanBeGivenAndTakenAway() throws SQLException {
        WebClient admin = admin().browser();
        String iin = Iins.next();
        long id = server.user(iin, "Жаңа", "Оқытушы");
        long teacher = roles.byCode(StandardRoles.TEACHER).orElseThrow().id();

        WebClient.Page given = admin.post("/admin/users/" + id + "/roles", Map.of("role", String.valueOf(teacher)));
        assertEquals(303, given.status());
        assertEquals(List.of(teacher), roles.roleIdsOf(id));
        WebClient.Page after = admin.get(given.location());
        assertTrue(after.contains("Рөл берілді."), after.body());
        assertTrue(after.contains("«Оқытушы» рөлін алу"), after.body());

        assertEquals(303, admin.post("/admin/users/" + id + "/roles/remove", Map.of("role", String.valueOf(teacher))).status());
        assertTrue(roles.roleIdsOf(id).isEmpty());
        assertEquals(1, auditCount("core.user.role.assigned", "user:" + id));
        assertEquals(1, auditCount("core.user.role.unassigned", "user:" + id));
    }

    @Test
    void theRolePickerPreselectsNothingAndTheAdministratorsRoleWaitsForAConfirmation() {
        WebClient admin = admin().browser();
        long id = server.user(Iins.next(), "Жаңа", "Әкімші");
        long administrator = roles.byCode(StandardRoles.ADMINISTRATOR).orElseThrow().id();
        WebClient.Page page = admin.get("/admin/users/" + id);
        assertTrue(page.contains("<option value=\"\" selected disabled>"), page.body());
        assertFalse(page.body().matches("(?s).*<option value=\"\\d+\"[^>]* selected.*"), "no role is chosen beforehand");

        WebClient.Page asked = admin.post("/admin/users/" + id + "/roles", Map.of("role", String.valueOf(administrator)));
        assertEquals(200, asked.status(), asked.location());
        assertTrue(asked.contains("data-confirm-administrator") && asked.contains("Иә, әкімші ету"), asked.body());
        assertTrue(roles.roleIdsOf(id).isEmpty(), "nothing given before the confirmation");

        assertEquals(303, admin.post("/admin/users/" + id + "/roles",
                Map.of("role", String.valueOf(administrator), "confirm", "1")).status());
        assertEquals(List.of(administrator), roles.roleIdsOf(id));
    }

    @Test
    void anAdministratorCannotTakeARoleAwayFromThemselves() {
        Admin admin = admin();
        long adminRole = roles.byCode(StandardRoles.ADMINISTRATOR).orElseThrow().id();
        WebClient.Page refused = admin.browser().post("/admin/users/" + admin.id() + "/roles/remove",
                Map.of("role", String.valueOf(adminRole)));
        assertEquals(400, refused.status());
        assertEquals(List.of(adminRole), roles.roleIdsOf(admin.id()));
    }

    @Test
    void givingARoleThatDoesNotExistChangesNothing() {
        WebClient admin = admin().browser();
        long id = server.user(Iins.next(), "Рөлсіз", "Адам");
        assertEquals(400, admin.post("/admin/users/" + id + "/roles", Map.of("role", "999999")).status());
        assertTrue(roles.roleIdsOf(id).isEmpty());
    }

    @Test
    void searchFindsUsersByIinStartOrNamePartPageByPage() {
        WebClient admin = admin().browser();
        String first = null;
        for (int i = 0; i < UsersResource.PAGE_SIZE + 5; i++) {
            String iin = Iins.next();
            server.user(iin, "Іздеутегі", "Адам" + i);
            if (first == null) {
                first = iin;
            }
        }
        WebClient.Page page1 = admin.get("/admin/users?q=здеуте");
        assertTrue(page1.contains("Табылды: 25"), page1.body());
        assertEquals(UsersResource.PAGE_SIZE, rows(page1));
        WebClient.Page page2 = admin.get("/admin/users?q=здеуте&page=2");
        assertEquals(5, rows(page2));

        WebClient.Page byIin = admin.get("/admin/users?q=" + first);
        assertTrue(byIin.contains("Табылды: 1"), byIin.body());
        assertTrue(byIin.contains(first));
        assertTrue(admin.get("/admin/users?q=%25").contains("Табылды: 0"), "a wildcard is searched as text");
    }

    @Test
    void teacherCannotOpenTheUsersAdmin() {
        String iin = Iins.next();
        server.user(iin, "Оқытушы", "Тест", StandardRoles.TEACHER);
        WebClient teacher = server.client();
        teacher.login(iin);
        assertEquals(403, teacher.get("/admin/users").status());
        long before = users.count();
        assertEquals(403, teacher.post("/admin/users", person(Iins.next(), "whatever-123")).status());
        assertEquals(before, users.count());
    }

    static int rows(WebClient.Page page) {
        Matcher m = Pattern.compile("<td><a href=\"/admin/users/\\d+\">").matcher(page.body());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static int auditCount(String action, String object) throws SQLException {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE action = ? AND object = ?")) {
            s.setString(1, action);
            s.setString(2, object);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
