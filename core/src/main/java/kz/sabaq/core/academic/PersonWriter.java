package kz.sabaq.core.academic;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.core.access.RoleRow;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.User;

/**
 * Students and staff are people first: the line creates or updates the {@code app_user} with that
 * IIN, then upserts the student or staff row. A new person gets the line's role, if the importer may
 * give it (see {@link kz.sabaq.core.access.RoleGrants}), and no password (no login until one is set)
 * unless the file has a {@code password} column. An existing account's password, roles and active
 * state are never changed by an import: a line that would is refused, so a registrar cannot take
 * over an administrator's account or promote a student. Each person written is audited on its own.
 */
public final class PersonWriter implements RowWriter {
    static final String AUDIT_ACTION = "core.academic.import.person";

    private final String defaultRole;
    private final String roleColumn;

    /** @param roleColumn a column that may name another standard role, or null */
    public PersonWriter(String defaultRole, String roleColumn) {
        this.defaultRole = defaultRole;
        this.roleColumn = roleColumn;
    }

    @Override
    public Outcome write(Kind kind, Line line, Writing writing) {
        String iin = line.text("iin");
        Optional<User> existing = writing.users().findByIin(iin);
        String roleCode = roleColumn != null && line.get(roleColumn) != null ? line.text(roleColumn) : defaultRole;
        RoleRow role = writing.roles().byCode(roleCode).orElseThrow();
        String password = line.text("password");
        existing.ifPresent(user -> refuseChanges(user, role, password, writing));
        if (existing.isEmpty() && !writing.ceiling().allows(role.id())) {
            throw new RowRefused(roleColumn, "core.academic.error.roleAboveImporter", roleCode);
        }
        NewUser person = new NewUser(iin, line.text("surname"), line.text("first_name"),
                kept(line, "patronymic", existing.map(User::patronymic)),
                kept(line, "email", existing.map(User::email)),
                existing.map(User::locale).orElse("kk"),
                existing.isEmpty() ? passwordHash(password, writing) : null);
        long userId;
        if (existing.isEmpty()) {
            userId = writing.users().insert(person, LocalDateTime.now(writing.clock()));
            writing.roles().assign(userId, role.id());
        } else {
            userId = existing.get().id();
            writing.users().updateNames(person);
        }
        Map<String, Object> stored = TableWriter.storedValues(kind, line, writing);
        stored.put(kind.table().id(), userId);
        Outcome outcome = TableWriter.upsert(kind.table(), stored, writing).outcome();
        audit(kind, writing, userId, iin, existing.isEmpty(), existing.isEmpty() ? roleCode : null, password);
        return outcome;
    }

    /** An existing account keeps its password and roles: a line asking to change them is refused. */
    private static void refuseChanges(User user, RoleRow role, String password, Writing writing) {
        if (password != null) {
            throw new RowRefused("password", "core.academic.error.existingPassword", user.iin());
        }
        if (!writing.roles().roleIdsOf(user.id()).contains(role.id())) {
            throw new RowRefused(null, "core.academic.error.existingRole", user.iin(), role.code());
        }
    }

    private static void audit(Kind kind, Writing writing, long userId, String iin, boolean created, String role,
                              String password) {
        if (writing.rehearsal()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind.id());
        details.put("iin", iin);
        details.put("created", created);
        if (role != null) {
            details.put("role", role);
        }
        details.put("passwordSet", created && password != null);
        writing.audit().record(writing.actorId(), AUDIT_ACTION, "user:" + userId, details);
    }

    private static String kept(Line line, String column, Optional<String> current) {
        return line.has(column) ? line.text(column) : current.orElse(null);
    }

    private static String passwordHash(String password, Writing writing) {
        if (password == null || writing.rehearsal()) {
            return null;
        }
        return writing.hasher().hash(password.toCharArray());
    }
}
