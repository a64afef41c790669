package kz.sabaq.core.academic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A registrar's staff and student import cannot take over an account: an existing person's
 * password and roles stay as they are, a new person gets no role above the importer's own, and
 * the audit says what was done to whom (outside penetration test, finding H1).
 */
class ImportPrivilegeTest {
    static TestServer server;
    static RoleMapper roles;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        roles = server.app().database().mapper(RoleMapper.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient registrar() {
        String iin = Iins.next();
        server.user(iin, "Иванова", "Ольга", StandardRoles.REGISTRAR);
        WebClient browser = server.client();
        assertEquals(303, browser.login(iin).status());
        browser.get("/academic/staff/import");
        return browser;
    }

    private static WebClient.Page upload(WebClient browser, String kind, String csv, boolean dryRun) {
        MultipartForm form = MultipartForm.of().file("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        if (dryRun) {
            form.field("dryRun", "1");
        }
        return browser.postMultipartRaw("/academic/" + kind + "/import?_csrf=" + browser.csrf(), form);
    }

    private static List<String> column(String sql, Object... args) {
        try (Connection c = server.app().database().connection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rolesOf(String iin) {
        return column("SELECT r.code FROM user_role ur JOIN role r ON r.id = ur.role_id JOIN app_user u "
                + "ON u.id = ur.user_id WHERE u.iin = ? ORDER BY r.code", iin);
    }

    @Test
    void aStaffLineCannotResetAnAdministratorsPasswordOrRoles() {
        String admin = Iins.next();
        server.user(admin, "Әкімов", "Бақыт", StandardRoles.ADMINISTRATOR);
        WebClient browser = registrar();
        String csv = "iin,surname,first_name,role,password\n" + admin + ",Әкімов,Бақыт,registrar,Escalated-2026\n";
        WebClient.Page dry = upload(browser, "staff", csv, true);
        assertEquals(400, dry.status(), "the dry run already reports the line");
        assertTrue(dry.contains("data-line=\"2\""), dry.body());
        assertTrue(dry.contains("импорт бар құпиясөзді ешқашан өзгертпейді"), dry.body());
        WebClient.Page real = upload(browser, "staff", csv, false);
        assertEquals(400, real.status());
        assertEquals(List.of(StandardRoles.ADMINISTRATOR), rolesOf(admin));
        assertEquals(401, server.client().login(admin, "Escalated-2026").status(), "the attacker's password does not work");
        assertEquals(303, server.client().login(admin).status(), "the administrator's own still does");
    }

    @Test
    void aStaffLineCannotTurnAnExistingStudentIntoARegistrar() {
        String student = Iins.next();
        server.user(student, "Сәрсенов", "Ерлан", StandardRoles.STUDENT);
        WebClient.Page page = upload(registrar(), "staff",
                "iin,surname,first_name,role\n" + student + ",Сәрсенов,Ерлан,registrar\n", false);
        assertEquals(400, page.status());
        assertTrue(page.contains("рөлдерін ешқашан өзгертпейді"), page.body());
        assertEquals(List.of(StandardRoles.STUDENT), rolesOf(student));
    }

    @Test
    void reimportingAnExistingTeacherUnchangedStillUpdatesTheirDetails() {
        String teacher = Iins.next();
        server.user(teacher, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        WebClient.Page page = upload(registrar(), "staff",
                "iin,surname,first_name,position\n" + teacher + ",Сейітқали,Нұрлан,Аға оқытушы\n", false);
        assertEquals(200, page.status(), page.body());
        assertEquals(List.of("Аға оқытушы"), column("SELECT s.position FROM staff s JOIN app_user u ON u.id = s.user_id "
                + "WHERE u.iin = ?", teacher));
    }

    @Test
    void aNewPersonGetsNoRoleAboveTheImportersOwn() {
        long head = roles.byCode(StandardRoles.HEAD_OF_PCC).orElseThrow().id();
        roles.putModule(head, "core.administration", "READ");
        try {
            String newcomer = Iins.next();
            WebClient.Page page = upload(registrar(), "staff",
                    "iin,surname,first_name,role\n" + newcomer + ",Жаңа,Адам,head_of_pcc\n", true);
            assertEquals(400, page.status());
            assertTrue(page.contains("әкімшілік құқықтары сіздің рөлдеріңізден көп"), page.body());
        } finally {
            roles.removeModule(head, "core.administration");
        }
    }

    @Test
    void theAuditRecordsWhatTheImportDidToEachAccount() {
        WebClient browser = registrar();
        String newcomer = Iins.next();
        String teacher = Iins.next();
        server.user(teacher, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        WebClient.Page page = upload(browser, "staff", "iin,surname,first_name,role,password\n"
                + newcomer + ",Жаңа,Адам,head_of_pcc,Initial-2026\n", false);
        assertEquals(200, page.status(), page.body());
        assertEquals(200, upload(browser, "staff", "iin,surname,first_name\n" + teacher + ",Сейітқали,Нұрлан\n", false)
                .status());
        String created = column("SELECT e.details FROM audit_event e JOIN app_user u ON e.object = CONCAT('user:', u.id) "
                + "WHERE u.iin = ? AND e.action = 'core.academic.import.person'", newcomer).get(0);
        assertTrue(created.contains("\"created\":true") && created.contains("\"role\":\"head_of_pcc\"")
                && created.contains("\"passwordSet\":true"), created);
        String updated = column("SELECT e.details FROM audit_event e JOIN app_user u ON e.object = CONCAT('user:', u.id) "
                + "WHERE u.iin = ? AND e.action = 'core.academic.import.person'", teacher).get(0);
        assertTrue(updated.contains("\"created\":false") && !updated.contains("\"role\""), updated);
        assertFalse(updated.contains("\"passwordSet\":true"));
    }
}
