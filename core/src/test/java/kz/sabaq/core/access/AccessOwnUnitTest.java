package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.access.Scope;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heads of department and PCC are limited to the units the staff table gives them, with no restriction set. */
class AccessOwnUnitTest {
    static TestServer server;
    static Database database;
    static StaffUnits staffUnits;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        database = server.app().database();
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
    void aHeadOfDepartmentSeesOnlyTheDepartmentTheStaffTableGivesThem() throws SQLException {
        long own = insert("INSERT INTO department (code, name_kk, name_ru, name_en) VALUES ('OWN', 'a', 'a', 'a')");
        long other = insert("INSERT INTO department (code, name_kk, name_ru, name_en) VALUES ('OTHER', 'b', 'b', 'b')");
        long head = server.user(Iins.next(), "Меңгеруші", "Кафедра", StandardRoles.HEAD_OF_DEPARTMENT);
        insert("INSERT INTO staff (user_id, department_id) VALUES (" + head + ", " + own + ")");

        assertEquals(new Units(own, null), staffUnits.unitsOf(head));
        SessionViewer v = viewer(head, StandardRoles.HEAD_OF_DEPARTMENT);
        AccessService access = new AccessService();
        assertTrue(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, own, null)));
        assertFalse(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, other, null)));
    }

    @Test
    void aHeadOfPccSeesOnlyThePccTheStaffTableGivesThem() throws SQLException {
        long own = insert("INSERT INTO pcc (code, name_kk, name_ru, name_en) VALUES ('P-OWN', 'a', 'a', 'a')");
        long other = insert("INSERT INTO pcc (code, name_kk, name_ru, name_en) VALUES ('P-OTHER', 'b', 'b', 'b')");
        long head = server.user(Iins.next(), "Төраға", "ПЦК", StandardRoles.HEAD_OF_PCC);
        insert("INSERT INTO staff (user_id, pcc_id) VALUES (" + head + ", " + own + ")");

        SessionViewer v = viewer(head, StandardRoles.HEAD_OF_PCC);
        AccessService access = new AccessService();
        assertTrue(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, null, own)));
        assertFalse(access.allows(v, CoreModule.ACADEMIC_VIEW, new Scope(null, null, other)));
    }

    @Test
    void someoneWhoIsNotStaffHasNoOwnUnit() {
        long student = server.user(Iins.next(), "Студент", "Жай", StandardRoles.STUDENT);
        assertEquals(Units.NONE, staffUnits.unitsOf(student));
    }

    static long insert(String sql) throws SQLException {
        try (Connection c = database.connection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
