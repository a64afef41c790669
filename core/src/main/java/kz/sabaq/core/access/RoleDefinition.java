package kz.sabaq.core.access;

import java.util.Map;
import java.util.Set;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.Scope;

/** A role as the role editor left it: modules with their mode, ticked rights, restrictions. */
public record RoleDefinition(
        long id,
        String code,
        String name,
        boolean builtin,
        OwnUnit ownUnit,
        Map<String, Mode> modules,
        Set<String> rights,
        Map<ScopeKind, Set<Long>> restrictions) {

    public enum OwnUnit { NONE, DEPARTMENT, PCC }

    /**
     * Whether the role's restrictions admit an object in {@code scope}. An object tied to no part of
     * the academic structure ({@link Scope#INSTITUTION}) is admitted; an object tied to some part
     * (a stream of a department) but not to the restricted one (no PCC, or groups of mixed study
     * terms) is outside a restriction to one PCC or one term, as it is outside a head's own unit.
     */
    boolean admits(Scope scope, Units units) {
        if (Scope.INSTITUTION.equals(scope)) {
            return true;
        }
        if (!within(ScopeKind.TERM, scope.studyTermId())
                || !within(ScopeKind.DEPARTMENT, scope.departmentId())
                || !within(ScopeKind.PCC, scope.pccId())) {
            return false;
        }
        return switch (ownUnit) {
            case NONE -> true;
            case DEPARTMENT -> scope.departmentId() != null && scope.departmentId().equals(units.department());
            case PCC -> scope.pccId() != null && scope.pccId().equals(units.pcc());
        };
    }

    private boolean within(ScopeKind kind, Long id) {
        Set<Long> allowed = restrictions.getOrDefault(kind, Set.of());
        return allowed.isEmpty() || (id != null && allowed.contains(id));
    }
}
