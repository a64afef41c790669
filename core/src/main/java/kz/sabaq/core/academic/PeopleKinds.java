package kz.sabaq.core.academic;

import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;

/** Students and staff: people identified by IIN, with their group or their unit. */
final class PeopleKinds {
    static final List<String> STAFF_ROLES = List.of(StandardRoles.TEACHER, StandardRoles.HEAD_OF_DEPARTMENT,
            StandardRoles.HEAD_OF_PCC, StandardRoles.REGISTRAR);

    static List<Kind> all() {
        return List.of(staff(), student());
    }

    private static Table personTable(String name) {
        return new Table(name, "user_id", false, List.of("user_id"),
                name + " t JOIN app_user u ON u.id = t.user_id",
                "SELECT p.user_id FROM " + name + " p JOIN app_user u ON u.id = p.user_id WHERE u.iin = #{key}",
                "app_user", "iin");
    }

    private static List<Column> person() {
        return List.of(Column.iin("iin").mandatory().listedAs("u.iin"),
                Column.text("surname", 100).mandatory().notStored().listedAs("u.surname"),
                Column.text("first_name", 100).mandatory().notStored().listedAs("u.first_name"),
                Column.text("patronymic", 100).notStored().listedAs("u.patronymic"),
                Column.email("email").listedAs("u.email"));
    }

    private static Kind student() {
        List<Column> columns = new ArrayList<>(person());
        columns.add(Column.text("record_book_number", 40).mandatory());
        columns.add(Column.reference("group", "study_group").mandatory());
        columns.add(Column.password("password"));
        return new Kind("student", personTable("student"), columns, List.of("iin"), List.of(),
                new PersonWriter(StandardRoles.STUDENT, null));
    }

    private static Kind staff() {
        List<Column> columns = new ArrayList<>(person());
        columns.add(Column.text("position", 200));
        columns.add(Column.reference("department", "department"));
        columns.add(Column.reference("pcc", "pcc"));
        columns.add(Column.choice("role", STAFF_ROLES).notStored()
                .listedAs("(SELECT GROUP_CONCAT(r.code ORDER BY r.id SEPARATOR ';') FROM user_role ur "
                        + "JOIN role r ON r.id = ur.role_id WHERE ur.user_id = t.user_id)"));
        columns.add(Column.password("password"));
        return new Kind("staff", personTable("staff"), columns, List.of("iin"), List.of(),
                new PersonWriter(StandardRoles.TEACHER, "role"));
    }

    private PeopleKinds() {
    }
}
