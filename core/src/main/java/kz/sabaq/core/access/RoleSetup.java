package kz.sabaq.core.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.data.Transactions;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;

/**
 * Makes sure the standard roles exist and applies each role module's default grants once, the
 * first time the module is seen; later the role editor's choices stand.
 */
public final class RoleSetup {
    private static final Map<String, String> STANDARD = Map.of(
            StandardRoles.ADMINISTRATOR, "NONE",
            StandardRoles.REGISTRAR, "NONE",
            StandardRoles.HEAD_OF_DEPARTMENT, "DEPARTMENT",
            StandardRoles.HEAD_OF_PCC, "PCC",
            StandardRoles.TEACHER, "NONE",
            StandardRoles.STUDENT, "NONE");
    static final List<String> ORDER = List.of(StandardRoles.ADMINISTRATOR, StandardRoles.REGISTRAR,
            StandardRoles.HEAD_OF_DEPARTMENT, StandardRoles.HEAD_OF_PCC, StandardRoles.TEACHER, StandardRoles.STUDENT);

    public interface DefaultsMapper {
        @Insert("INSERT IGNORE INTO role_module_defaults_applied (module_id, applied_at) VALUES (#{id}, #{at})")
        int markApplied(@Param("id") String moduleId, @Param("at") LocalDateTime at);
    }

    private final RoleMapper roles;
    private final DefaultsMapper defaults;
    private final Transactions transactions;
    private final Clock clock;

    public RoleSetup(RoleMapper roles, DefaultsMapper defaults, Transactions transactions, Clock clock) {
        this.roles = roles;
        this.defaults = defaults;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void apply(Collection<RoleModule> modules) {
        transactions.run(() -> {
            for (String code : ORDER) {
                if (roles.byCode(code).isEmpty()) {
                    roles.insert(code, null, true, STANDARD.get(code));
                }
            }
            for (RoleModule module : modules) {
                if (defaults.markApplied(module.id(), LocalDateTime.now(clock)) == 0) {
                    continue;
                }
                for (Map.Entry<String, Mode> e : module.defaultRoles().entrySet()) {
                    roles.byCode(e.getKey()).ifPresent(r -> roles.putModule(r.id(), module.id(), e.getValue().name()));
                }
                module.defaultRights().forEach((roleCode, rights) -> roles.byCode(roleCode)
                        .ifPresent(r -> rights.forEach(right -> roles.putRight(r.id(), right))));
            }
        });
    }
}
