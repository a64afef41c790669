package kz.sabaq.core.academic;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.core.user.NewUser;
import kz.sabaq.core.user.User;

/**
 * Students and staff are people first: the line creates or updates the {@code app_user} with that
 * IIN, gives it a standard role, then upserts the student or staff row. A new person gets no
 * password (no login until one is set) unless the file has a {@code password} column; an existing
 * person's password changes only when the line gives one. Roles are only ever added here.
 */
public final class PersonWriter implements RowWriter {
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
        NewUser person = new NewUser(iin, line.text("surname"), line.text("first_name"),
                kept(line, "patronymic", existing.map(User::patronymic)),
                kept(line, "email", existing.map(User::email)),
                existing.map(User::locale).orElse("kk"),
                passwordHash(line, writing));
        long userId;
        if (existing.isEmpty()) {
            userId = writing.users().insert(person, LocalDateTime.now(writing.clock()));
        } else {
            userId = existing.get().id();
            writing.users().updateNames(person);
            if (person.passwordHash() != null) {
                writing.users().setPasswordHash(userId, person.passwordHash());
            }
        }
        String role = roleColumn != null && line.get(roleColumn) != null ? line.text(roleColumn) : defaultRole;
        writing.roles().assign(userId, writing.roles().byCode(role).orElseThrow().id());
        Map<String, Object> stored = TableWriter.storedValues(kind, line, writing);
        stored.put(kind.table().id(), userId);
        return TableWriter.upsert(kind.table(), stored, writing).outcome();
    }

    private static String kept(Line line, String column, Optional<String> current) {
        return line.has(column) ? line.text(column) : current.orElse(null);
    }

    private static String passwordHash(Line line, Writing writing) {
        String password = line.text("password");
        if (password == null || writing.rehearsal()) {
            return null;
        }
        return writing.hasher().hash(password.toCharArray());
    }
}
