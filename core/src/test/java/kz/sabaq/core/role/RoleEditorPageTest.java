package kz.sabaq.core.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.View;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.SessionViewer;
import kz.sabaq.core.access.Units;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.web.Navigation;
import kz.sabaq.core.web.PageRenderer;
import kz.sabaq.core.web.Templates;
import kz.sabaq.core.web.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The editor page with a staff module that has extended rights, as the attestation plugin declares
 * it (core itself declares none): the page and the server both keep edit-only rights to edit mode.
 */
class RoleEditorPageTest {
    static final String SETTINGS = "oia:settings";
    static final String VIEW_ALL = "oia:viewAll";
    static TestServer server;
    static Database database;
    static RoleMapper roles;
    static CapabilityCatalog catalog;
    static Messages messages;
    static PageRenderer renderer;
    static RoleBook book;
    static RoleEditorResource resource;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        database = server.app().database();
        roles = database.mapper(RoleMapper.class);
        catalog = new CapabilityCatalog();
        CoreModule.roleModules().forEach(catalog::add);
        catalog.add(new RoleModule("oia.staff", "oia.module.staff", List.of(
                Capability.read("oia:view"), Capability.edit("oia:edit"),
                Capability.right(SETTINGS, Mode.EDIT, "oia.right.settings"),
                Capability.right(VIEW_ALL, Mode.READ, "oia.right.viewAll")), Map.of()));
        Theme theme = new Theme(TestServer.repoRoot().resolve("themes"), Theme.DEFAULT);
        messages = new Messages(theme);
        messages.load("core", RoleEditorPageTest.class.getClassLoader());
        messages.load("core-roles", RoleEditorPageTest.class.getClassLoader());
        messages.load("role-editor-test", RoleEditorPageTest.class.getClassLoader());
        renderer = new PageRenderer(new Templates(theme, RoleEditorPageTest.class.getClassLoader()), messages,
                new Navigation(), Map.of("en", "Test college"), userId -> 0);
        book = new RoleBook(roles, server.clock());
        AcademicUnitMapper units = database.mapper(AcademicUnitMapper.class);
        RoleEditor editor = new RoleEditor(roles, book, catalog, units, database,
                new Audit(database.mapper(AuditMapper.class), server.clock()));
        RolePage page = new RolePage(catalog, units, messages);
        resource = new RoleEditorResource(book, editor, page);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static SessionViewer administrator() {
        book.reload();
        SessionViewer viewer = new SessionViewer(1, "Admin", Locale.ENGLISH, "csrf",
                List.of(book.get(roles.byCode(StandardRoles.ADMINISTRATOR).orElseThrow().id())), catalog,
                userId -> Units.NONE);
        return viewer;
    }

    static String html(Object entity) {
        SessionViewer viewer = administrator();
        return entity instanceof RefusedForm refused ? renderer.render(refused, viewer, "/admin/roles", Map.of())
                : renderer.render((View) entity, viewer, "/admin/roles");
    }

    @Test
    void editOnlyRightIsDisabledOnThePageWhileTheModuleIsInReadMode() {
        long roleId = roles.insert("page_read", "Page read", false, "NONE");
        roles.putModule(roleId, "oia.staff", "READ");
        String page = html(resource.show(roleId, null, administrator()));
        assertTrue(page.contains("value=\"" + SETTINGS + "\" disabled data-edit-only"), page);
        assertTrue(page.contains("value=\"" + VIEW_ALL + "\">"), "a read-mode right stays enabled");
        assertTrue(page.contains("allow defining the module settings"), page);
    }

    @Test
    void editOnlyRightIsEnabledOnThePageInEditMode() {
        long roleId = roles.insert("page_edit", "Page edit", false, "NONE");
        roles.putModule(roleId, "oia.staff", "EDIT");
        String page = html(resource.show(roleId, null, administrator()));
        assertFalse(page.contains("value=\"" + SETTINGS + "\" disabled"), page);
    }

    @Test
    void editOnlyRightIsRefusedByTheServerWithATranslatedMessage() {
        long roleId = roles.insert("server_read", "Server read", false, "NONE");
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("module", "oia.staff");
        form.add("mode:oia.staff", "READ");
        form.add("right", SETTINGS);
        Response response = resource.save(roleId, form, administrator());
        assertEquals(400, response.getStatus());
        String page = html(response.getEntity());
        assertTrue(page.contains("The right \"allow defining the module settings\" is available only in edit mode."),
                page);
        book.reload();
        assertTrue(book.get(roleId).modules().isEmpty(), "nothing saved");
        assertTrue(book.get(roleId).rights().isEmpty(), "nothing saved");
    }
}
