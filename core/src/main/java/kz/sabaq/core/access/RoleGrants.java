package kz.sabaq.core.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.access.Mode;

/**
 * The one rule for giving a role, whichever path gives it (the user page, an import, the role
 * editor, the command line): nobody hands out more governing power than they hold. The governing
 * modules are the ones that rule over people and roles, Administration and the Registry; a role may
 * be given, or a role's definition saved, only when it holds each of them in no higher mode than the
 * actor does through their own roles. The command line (no actor) runs as the machine's owner and
 * may give anything. Other modules (journals, attendance) are the work a role does, not power over
 * others, so a registrar may still register teachers. The rule Moodle learned from CVE-2020-14321.
 */
public final class RoleGrants {
    static final List<String> GOVERNING = List.of("core.administration", "core.registry");

    private final RoleMapper roles;

    public RoleGrants(RoleMapper roles) {
        this.roles = roles;
    }

    /** What one actor (null: the command line) may give, read once for a whole import. */
    public Ceiling of(Long actorId) {
        List<Map<String, Object>> rows = roles.modules();
        if (actorId == null) {
            return new Ceiling(rows, null);
        }
        return new Ceiling(rows, governing(rows, Set.copyOf(roles.roleIdsOf(actorId))));
    }

    /** The actor's governing modes, or null for the command line, which has no ceiling. */
    public static final class Ceiling {
        private final List<Map<String, Object>> rows;
        private final Map<String, Mode> own;

        private Ceiling(List<Map<String, Object>> rows, Map<String, Mode> own) {
            this.rows = rows;
            this.own = own;
        }

        /** Whether the actor may give the role to someone. */
        public boolean allows(long roleId) {
            return own == null || within(governing(rows, Set.of(roleId)), own);
        }

        /** Whether the actor may save a role definition holding these modules. */
        public boolean allowsDefinition(Map<String, Mode> modules) {
            if (own == null) {
                return true;
            }
            Map<String, Mode> wanted = new HashMap<>();
            for (String module : GOVERNING) {
                if (modules.get(module) != null) {
                    wanted.put(module, modules.get(module));
                }
            }
            return within(wanted, own);
        }
    }

    /** The highest mode in which any of these roles holds each governing module. */
    private static Map<String, Mode> governing(List<Map<String, Object>> rows, Set<Long> roleIds) {
        Map<String, Mode> out = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String module = (String) row.get("moduleId");
            if (roleIds.contains(((Number) row.get("roleId")).longValue()) && GOVERNING.contains(module)) {
                out.merge(module, Mode.valueOf((String) row.get("mode")), (a, b) -> a == Mode.EDIT ? a : b);
            }
        }
        return out;
    }

    private static boolean within(Map<String, Mode> wanted, Map<String, Mode> own) {
        for (Map.Entry<String, Mode> e : wanted.entrySet()) {
            Mode have = own.get(e.getKey());
            if (have == null || !have.covers(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
