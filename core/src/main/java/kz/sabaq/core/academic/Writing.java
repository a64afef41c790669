package kz.sabaq.core.academic;

import java.time.Clock;
import java.util.List;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.core.access.RoleGrants;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.user.UserMapper;

/**
 * What writers need while one import runs inside its transaction. References resolve against the
 * database as it is inside that transaction, so a line may refer to a row an earlier line wrote.
 *
 * @param rehearsal a dry run: every statement runs and is rolled back, so expensive work whose
 *                  result is thrown away (password hashing) is skipped
 * @param actorId   who imports, or null for the command line
 * @param ceiling   which roles the importer may give to a new person
 */
public record Writing(AcademicMapper rows, UserMapper users, RoleMapper roles, PasswordHasher hasher, Clock clock,
                      boolean rehearsal, Long actorId, RoleGrants.Ceiling ceiling, AuditLog audit) {

    /** The id of the row of {@code column}'s target kind with this natural key. */
    public long reference(Column column, Object key) {
        Kind target = Kinds.get(column.target());
        List<Long> found = rows.lookup(target.table(), key);
        if (found.isEmpty()) {
            throw new RowRefused(column.name(), "core.academic.error.unknownReference", target.id(), key);
        }
        return found.get(0);
    }
}
