package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heads of department and PCC are limited to the units the staff table gives them, with no restriction set. */
class AccessOwnUnitTest {
    static TestServer server;
    static Database database;
    static Generator gen;
    static StaffUnits staffUnits;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        database = server.app().database();
        gen = Generator.on(server);
        staffUnits = new StaffUnits(database.mapper(StaffUnits.StaffUnitsMapper.class));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static SessionViewer viewer(long userId, String roleCode) {
        RoleMapper roles = database.mapper(RoleMapper.class);
        RoleBook book = new RoleBook(roles, server.clock());
        book.reload();
        CapabilityCatalog catalog = new CapabilityCatalog();
        CoreModule.roleModules().forEach(catalog::add);
        RoleDefinition role = book.get(roles.byCode(roleCode).orElseThrow().id());
        return new SessionViewer(userId, "Head", Locale.ENGLISH, "csrf", List.of(role), catalog, staffUnits);
    }

    @Test
    void aHeadOfDepartmentSeesOnlyTheDepartmentTheStaffTableGivesThem() {
        long own = gen.department().create();
        long other = gen.department().create();
        long head = gen.user().named("Меңгеруші", "Кафедра").roles(StandardRoles.HEAD_OF_DEPARTMENT).create();
        gen.staff(head).department(own).create();

        assertEquals(new Units(own, null), staffUnits.unitsOf(head));
        SessionViewer v = viewer(head, StandardRoles.HEAD_OF_DEPARTMENT);
        AccessService access = new AccessService();
        assertTrue(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, own, null)));
        assertFalse(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, other, null)));
    }

    @Test
    void aHeadOfPccSeesOnlyThePccTheStaffTableGivesThem() {
        long own = gen.pcc().create();
        long other = gen.pcc().create();
        long head = gen.user().named("Төраға", "ПЦК").roles(StandardRoles.HEAD_OF_PCC).create();
        gen.staff(head).pcc(own).create();

        SessionViewer v = viewer(head, StandardRoles.HEAD_OF_PCC);
        AccessService access = new AccessService();
        assertTrue(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, null, own)));
        assertFalse(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, null, other)));
    }

    @Test
    void someoneWhoIsNotStaffHasNoOwnUnit() {
        long student = gen.user().named("Студент", "Жай").roles(StandardRoles.STUDENT).create();
        assertEquals(Units.NONE, staffUnits.unitsOf(student));
    }
}
