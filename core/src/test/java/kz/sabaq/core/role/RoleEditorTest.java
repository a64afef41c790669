package kz.sabaq.core.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.ScopeKind;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoleEditorTest {
    static TestServer server;
    static Database database;
    static Generator gen;
    static RoleMapper roles;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        database = server.app().database();
        gen = Generator.on(server);
        roles = database.mapper(RoleMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    WebClient admin() {
        String iin = Iins.next();
        server.user(iin, "Әкімов", "Админ", StandardRoles.ADMINISTRATOR);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        return browser;
    }

    /** A user holding only a new custom role; returns the role id, the browser logged in. */
    long customRoleHolder(WebClient admin, WebClient holder, String code) {
        WebClient.Page created = admin.post("/admin/roles", Map.of("name", "Role " + code, "code", code));
        assertEquals(303, created.status(), created.body());
        long roleId = roles.byCode(code).orElseThrow().id();
        String iin = Iins.next();
        long userId = server.user(iin, "Holder", code);
        roles.assign(userId, roleId);
        assertEquals(303, holder.login(iin).status());
        return roleId;
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    RoleDefinition stored(long roleId) {
        RoleBook book = new RoleBook(roles, server.clock());
        book.reload();
        return book.get(roleId);
    }

    @Test
    void customRoleCanBeCreatedAndDeletedButStandardRolesCannotBeDeleted() {
        WebClient admin = admin();
        WebClient.Page created = admin.post("/admin/roles", Map.of("name", "Методист", "code", "methodist"));
        assertEquals(303, created.status(), created.body());
        long id = roles.byCode("methodist").orElseThrow().id();
        assertEquals("/admin/roles/" + id, created.location());
        assertTrue(admin.get("/admin/roles").contains("Методист"));

        assertEquals(303, admin.post("/admin/roles/" + id + "/delete", Map.of()).status());
        assertTrue(roles.byId(id).isEmpty());

        long teacher = roles.byCode(StandardRoles.TEACHER).orElseThrow().id();
        WebClient.Page refused = admin.post("/admin/roles/" + teacher + "/delete", Map.of());
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Стандартты рөлдерді жоюға болмайды."), refused.body());
        assertTrue(roles.byId(teacher).isPresent());
    }

    @Test
    void standardRoleNamesAreTranslatedAndCustomNamesShownAsTyped() {
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Кураторлар тобы", "code", "curators"));
        admin.post("/lang", Map.of("lang", "ru", "return", "/"));
        String list = admin.get("/admin/roles").body();
        assertTrue(list.contains(">Преподаватель</a>"), list);
        assertTrue(list.contains(">Кураторлар тобы</a>"), list);
        admin.post("/lang", Map.of("lang", "en", "return", "/"));
        assertTrue(admin.get("/admin/roles").contains(">Teacher</a>"));
    }

    @Test
    void aCustomRoleWithoutACodeGetsOneMadeFromItsName() {
        WebClient admin = admin();
        assertEquals(303, admin.post("/admin/roles", Map.of("name", "Exam Board", "code", "")).status());
        assertEquals(303, admin.post("/admin/roles", Map.of("name", "Exam board", "code", "")).status());
        assertTrue(roles.byCode("exam_board").isPresent());
        assertTrue(roles.byCode("exam_board_2").isPresent());
    }

    @Test
    void aRoleCodeMustBeWellFormedAndUnique() {
        WebClient admin = admin();
        long before = roles.count();
        WebClient.Page badFormat = admin.post("/admin/roles", Map.of("name", "X", "code", "Bad Code!"));
        assertEquals(400, badFormat.status());
        assertTrue(badFormat.contains("Код тек кіші латын әріптерінен"), badFormat.body());
        WebClient.Page taken = admin.post("/admin/roles", Map.of("name", "X", "code", StandardRoles.TEACHER));
        assertEquals(400, taken.status());
        assertTrue(taken.contains("«teacher» коды басқа рөлге берілген."), taken.body());
        assertEquals(before, roles.count());
    }

    @Test
    void aCustomRoleCanBeRenamedButAStandardRoleCannot() {
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Old name", "code", "renamed_role"));
        long id = roles.byCode("renamed_role").orElseThrow().id();
        assertEquals(303, admin.post("/admin/roles/" + id + "/rename", Map.of("name", "New name")).status());
        assertEquals("New name", roles.byId(id).orElseThrow().name());

        long registrar = roles.byCode(StandardRoles.REGISTRAR).orElseThrow().id();
        assertEquals(400, admin.post("/admin/roles/" + registrar + "/rename", Map.of("name", "Clerk")).status());
        assertNull(roles.byId(registrar).orElseThrow().name());
    }

    @Test
    void theMenuOffersRolesAndUsersToAdministratorsOnly() {
        String cabinet = admin().get("/").body();
        assertTrue(cabinet.contains("href=\"/admin/roles\""), cabinet);
        assertTrue(cabinet.contains("href=\"/admin/users\""), cabinet);
        String iin = Iins.next();
        server.user(iin, "Оқытушы", "Мәзір", StandardRoles.TEACHER);
        WebClient teacher = server.client();
        teacher.login(iin);
        String teachers = teacher.get("/").body();
        assertFalse(teachers.contains("href=\"/admin/roles\""), teachers);
        assertFalse(teachers.contains("href=\"/admin/users\""), teachers);
    }

    @Test
    void teacherCannotOpenTheRoleEditor() {
        String iin = Iins.next();
        server.user(iin, "Оқытушы", "Тест", StandardRoles.TEACHER);
        WebClient teacher = server.client();
        teacher.login(iin);
        long adminRole = roles.byCode(StandardRoles.ADMINISTRATOR).orElseThrow().id();
        assertEquals(403, teacher.get("/admin/roles").status());
        assertEquals(403, teacher.get("/admin/roles/" + adminRole).status());
        assertEquals(403, teacher.post("/admin/roles", Map.of("name", "Mine", "code", "mine")).status());
        assertTrue(roles.byCode("mine").isEmpty());
    }

    @Test
    void addingAModuleInReadModeLetsTheRoleViewButNotEdit() {
        WebClient admin = admin();
        WebClient holder = server.client();
        long roleId = customRoleHolder(admin, holder, "auditor");
        WebClient.Page saved = admin.post("/admin/roles/" + roleId,
                form("module", "core.administration", "mode:core.administration", "READ"));
        assertEquals(303, saved.status(), saved.body());

        assertEquals(Mode.READ, stored(roleId).modules().get("core.administration"));
        WebClient.Page list = holder.get("/admin/roles");
        assertEquals(200, list.status());
        assertFalse(list.contains("action=\"/admin/roles\""), "no create form in read mode");
        WebClient.Page editor = holder.get("/admin/roles/" + roleId);
        assertEquals(200, editor.status());
        assertTrue(editor.contains("<fieldset disabled"), "the editor is shown read-only");
        assertEquals(403, holder.post("/admin/roles", Map.of("name", "Sneaky", "code", "sneaky")).status());
        assertTrue(roles.byCode("sneaky").isEmpty());
    }

    @Test
    void aModuleAddedWithoutAModeIsAddedInEditMode() {
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Editor", "code", "default_mode"));
        long roleId = roles.byCode("default_mode").orElseThrow().id();
        assertEquals(303, admin.post("/admin/roles/" + roleId, form("module", "core.registry")).status());
        assertEquals(Map.of("core.registry", Mode.EDIT), stored(roleId).modules());
    }

    @Test
    void aModuleNotYetAddedIsOfferedInEditModeFirst() {
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Fresh", "code", "fresh_role"));
        long roleId = roles.byCode("fresh_role").orElseThrow().id();
        String page = admin.get("/admin/roles/" + roleId).body();
        assertTrue(page.contains("<option value=\"EDIT\" selected>"), page);
        assertFalse(page.contains("<option value=\"READ\" selected>"), page);
    }

    @Test
    void roleChangeTakesEffectOnTheNextRequest() {
        WebClient admin = admin();
        WebClient holder = server.client();
        long roleId = customRoleHolder(admin, holder, "late_admin");
        assertEquals(403, holder.get("/admin/roles").status());

        admin.post("/admin/roles/" + roleId, form("module", "core.administration", "mode:core.administration", "EDIT"));
        assertEquals(200, holder.get("/admin/roles").status());

        admin.post("/admin/roles/" + roleId, form());
        assertEquals(403, holder.get("/admin/roles").status());
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfter() throws SQLException {
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Audited", "code", "audited"));
        long roleId = roles.byCode("audited").orElseThrow().id();
        admin.post("/admin/roles/" + roleId, form("module", "core.registry", "mode:core.registry", "READ"));
        List<String> details = auditDetails("core.role.changed", "role:" + roleId);
        assertEquals(1, details.size());
        assertTrue(details.get(0).contains("\"before\":{\"modules\":{}"), details.get(0));
        assertTrue(details.get(0).contains("\"after\":{\"modules\":{\"core.registry\":\"READ\"}"), details.get(0));
    }

    @Test
    void restrictionsAreSavedAndUnknownUnitsChangeNothing() throws SQLException {
        long termX = gen.studyTerm().code("T-X").named("4 жыл", "4 года", "4 years").create();
        long department = gen.department().code("D-1").named("Информатика кафедрасы", "Кафедра информатики", "Informatics").create();
        WebClient admin = admin();
        admin.post("/admin/roles", Map.of("name", "Restricted", "code", "restricted"));
        long roleId = roles.byCode("restricted").orElseThrow().id();

        Map<String, String> restricted = form("term", String.valueOf(termX), "department", String.valueOf(department));
        assertEquals(303, admin.post("/admin/roles/" + roleId, restricted).status());
        assertEquals(Map.of(ScopeKind.TERM, Set.of(termX), ScopeKind.DEPARTMENT, Set.of(department)),
                stored(roleId).restrictions());

        WebClient.Page refused = admin.post("/admin/roles/" + roleId, form("term", "999999", "module", "core.registry"));
        assertEquals(400, refused.status());
        assertEquals(Map.of(ScopeKind.TERM, Set.of(termX), ScopeKind.DEPARTMENT, Set.of(department)),
                stored(roleId).restrictions());
        assertTrue(stored(roleId).modules().isEmpty());
    }

    @Test
    void restrictionNamesAreShownInTheViewersLanguage() throws SQLException {
        gen.pcc().code("P-LANG").named("Тілдер ПЦК", "ПЦК языков", "Languages PCC").create();
        WebClient admin = admin();
        long teacher = roles.byCode(StandardRoles.TEACHER).orElseThrow().id();
        assertTrue(admin.get("/admin/roles/" + teacher).contains("Тілдер ПЦК"));
        admin.post("/lang", Map.of("lang", "ru", "return", "/"));
        String page = admin.get("/admin/roles/" + teacher).body();
        assertTrue(page.contains("ПЦК языков"), page);
        assertTrue(page.contains("Ограничения"), page);
    }

    @Test
    void theAdministratorRoleKeepsTheAdministrationModuleInEditMode() {
        WebClient admin = admin();
        long adminRole = roles.byCode(StandardRoles.ADMINISTRATOR).orElseThrow().id();
        WebClient.Page refused = admin.post("/admin/roles/" + adminRole,
                form("module", "core.administration", "mode:core.administration", "READ"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("«Әкімші» рөлінде «Әкімшілік» модулі"), refused.body());
        assertEquals(Mode.EDIT, stored(adminRole).modules().get("core.administration"));
        assertEquals(200, admin.get("/admin/roles").status());
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        WebClient admin = admin();
        long teacher = roles.byCode(StandardRoles.TEACHER).orElseThrow().id();
        Map<String, Mode> before = stored(teacher).modules();
        assertEquals(403, admin.postRaw("/admin/roles/" + teacher, form("module", "core.administration")).status());
        assertEquals(before, stored(teacher).modules());
    }

    // Extended rights: core declares none, so the editor is given a catalog with a staff module like the attestation plugin's.

    static final String SETTINGS = "oia:settings";
    static final String VIEW_ALL = "oia:viewAll";

    RoleEditor editorWithRights() {
        CapabilityCatalog catalog = new CapabilityCatalog();
        catalog.add(new RoleModule("oia.staff", "oia.module.staff", List.of(
                Capability.read("oia:view"), Capability.edit("oia:edit"),
                Capability.right(SETTINGS, Mode.EDIT, "oia.right.settings"),
                Capability.right(VIEW_ALL, Mode.READ, "oia.right.viewAll")), Map.of()));
        return new RoleEditor(roles, new RoleBook(roles, server.clock()), catalog,
                database.mapper(AcademicUnitMapper.class), database,
                new Audit(database.mapper(AuditMapper.class), server.clock()));
    }

    long customRole(String code) {
        return roles.insert(code, code, false, "NONE");
    }

    @Test
    void editOnlyRightIsRefusedForAReadModeModule() {
        RoleEditor editor = editorWithRights();
        long roleId = customRole("read_settings");
        RoleProblem problem = assertThrows(RoleProblem.class, () -> editor.save(roleId,
                new RoleChange(Map.of("oia.staff", Mode.READ), Set.of(SETTINGS), Map.of()), 1));
        assertEquals("core.roles.error.rightNeedsEditMode", problem.messageKey());
        assertEquals("oia.right.settings", problem.labelKey());
        assertTrue(stored(roleId).modules().isEmpty(), "nothing saved");
        assertTrue(stored(roleId).rights().isEmpty(), "nothing saved");
    }

    @Test
    void editOnlyRightIsAcceptedForAnEditModeModule() {
        RoleEditor editor = editorWithRights();
        long roleId = customRole("edit_settings");
        editor.save(roleId, new RoleChange(Map.of("oia.staff", Mode.EDIT), Set.of(SETTINGS), Map.of()), 1);
        assertEquals(Set.of(SETTINGS), stored(roleId).rights());
    }

    @Test
    void aReadAndEditRightIsAcceptedInReadMode() {
        RoleEditor editor = editorWithRights();
        long roleId = customRole("read_view_all");
        editor.save(roleId, new RoleChange(Map.of("oia.staff", Mode.READ), Set.of(VIEW_ALL), Map.of()), 1);
        assertEquals(Set.of(VIEW_ALL), stored(roleId).rights());
        assertEquals(Mode.READ, stored(roleId).modules().get("oia.staff"));
    }

    @Test
    void anExtendedRightNeedsItsModuleAdded() {
        RoleEditor editor = editorWithRights();
        long roleId = customRole("orphan_right");
        RoleProblem problem = assertThrows(RoleProblem.class,
                () -> editor.save(roleId, new RoleChange(Map.of(), Set.of(VIEW_ALL), Map.of()), 1));
        assertEquals("core.roles.error.rightNeedsModule", problem.messageKey());
        assertTrue(stored(roleId).rights().isEmpty());
    }

    @Test
    void untickingARightRemovesIt() {
        RoleEditor editor = editorWithRights();
        long roleId = customRole("untick");
        editor.save(roleId, new RoleChange(Map.of("oia.staff", Mode.EDIT), Set.of(SETTINGS, VIEW_ALL), Map.of()), 1);
        editor.save(roleId, new RoleChange(Map.of("oia.staff", Mode.EDIT), Set.of(VIEW_ALL), Map.of()), 1);
        assertEquals(Set.of(VIEW_ALL), stored(roleId).rights());
    }

    @Test
    void grantsOfAModuleThatIsSwitchedOffSurviveAnEditOfTheRole() {
        long roleId = customRole("plugin_off");
        roles.putModule(roleId, "switched.off", "EDIT");
        roles.putRight(roleId, "switched:right");
        editorWithRights().save(roleId, new RoleChange(Map.of("oia.staff", Mode.READ), Set.of(), Map.of()), 1);
        assertEquals(Map.of("oia.staff", Mode.READ, "switched.off", Mode.EDIT), stored(roleId).modules());
        assertEquals(Set.of("switched:right"), stored(roleId).rights());
    }

    static List<String> auditDetails(String action, String object) throws SQLException {
        try (Connection c = database.connection();
             PreparedStatement s = c.prepareStatement("SELECT details FROM audit_event WHERE action = ? AND object = ? ORDER BY id")) {
            s.setString(1, action);
            s.setString(2, object);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out.stream().collect(Collectors.toList());
        }
    }
}
