package kz.sabaq.core.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.RoleGrants;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.ScopeKind;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Creates, renames, deletes and edits roles. Every change is one transaction with its audit event,
 * and the role book is reloaded at once so the next request already sees it.
 */
public final class RoleEditor {
    static final int MAX_NAME = 200;
    static final String ADMINISTRATION = "core.administration";

    private final RoleMapper roles;
    private final RoleBook book;
    private final CapabilityCatalog catalog;
    private final AcademicUnitMapper units;
    private final Transactions transactions;
    private final AuditLog audit;

    public RoleEditor(RoleMapper roles, RoleBook book, CapabilityCatalog catalog, AcademicUnitMapper units,
                      Transactions transactions, AuditLog audit) {
        this.roles = roles;
        this.book = book;
        this.catalog = catalog;
        this.units = units;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** A custom role; the code is generated from the name when none is given. */
    public long create(String name, String code, long actorId) {
        String cleanName = name(name);
        String cleanCode = code == null || code.isBlank()
                ? RoleCodes.generate(cleanName, c -> roles.byCode(c).isPresent())
                : code.strip();
        if (!RoleCodes.valid(cleanCode)) {
            throw UserError.badRequest("core.roles.error.codeFormat").on("code");
        }
        if (roles.byCode(cleanCode).isPresent()) {
            throw UserError.badRequest("core.roles.error.codeTaken", cleanCode).on("code");
        }
        long id;
        try {
            id = transactions.inTransaction(() -> {
                long created = roles.insert(cleanCode, cleanName, false, RoleDefinition.OwnUnit.NONE.name());
                audit.record(actorId, "core.role.created", "role:" + created, Map.of("code", cleanCode, "name", cleanName));
                return created;
            });
        } catch (PersistenceException e) {
            if (roles.byCode(cleanCode).isPresent()) {
                throw UserError.badRequest("core.roles.error.codeTaken", cleanCode).on("code");
            }
            throw e;
        }
        book.reload();
        return id;
    }

    public void rename(long roleId, String name, long actorId) {
        var role = roles.byId(roleId).orElseThrow(UserError::notFound);
        if (role.builtin()) {
            throw UserError.badRequest("core.roles.error.standardRename");
        }
        String cleanName = name(name);
        transactions.run(() -> {
            roles.rename(roleId, cleanName);
            audit.record(actorId, "core.role.renamed", "role:" + roleId,
                    details("code", role.code(), "before", role.name(), "after", cleanName));
        });
        book.reload();
    }

    public void delete(long roleId, long actorId) {
        var role = roles.byId(roleId).orElseThrow(UserError::notFound);
        if (role.builtin()) {
            throw UserError.badRequest("core.roles.error.standardDelete");
        }
        RoleDefinition before = fresh(roleId);
        transactions.run(() -> {
            roles.deleteCustom(roleId);
            audit.record(actorId, "core.role.deleted", "role:" + roleId,
                    details("code", role.code(), "name", role.name(), "before", RoleChange.of(before).asAudit()));
        });
        book.reload();
    }

    /**
     * Replaces the role's modules, rights and restrictions. Grants of modules the catalog does not
     * know now (a plugin switched off) are kept, so switching it on again restores them.
     */
    public void save(long roleId, RoleChange change, long actorId) {
        check(fresh(roleId), change);
        if (!new RoleGrants(roles).of(actorId).allowsDefinition(change.modules())) {
            throw UserError.badRequest("core.roles.error.aboveYou");
        }
        transactions.run(() -> {
            if (roles.lock(roleId) == null) {
                throw UserError.notFound();
            }
            RoleDefinition before = fresh(roleId);
            for (RoleModule module : catalog.modules()) {
                Mode mode = change.modules().get(module.id());
                if (mode == null) {
                    roles.removeModule(roleId, module.id());
                } else {
                    roles.putModule(roleId, module.id(), mode.name());
                }
                for (Capability right : module.extendedRights()) {
                    if (change.rights().contains(right.id())) {
                        roles.putRight(roleId, right.id());
                    } else {
                        roles.removeRight(roleId, right.id());
                    }
                }
            }
            roles.clearScopes(roleId);
            change.restrictions().forEach((kind, ids) -> ids.forEach(id -> roles.putScope(roleId, kind.name(), id)));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("code", before.code());
            details.put("before", RoleChange.of(before).asAudit());
            details.put("after", change.asAudit());
            audit.record(actorId, "core.role.changed", "role:" + roleId, details);
        });
        book.reload();
    }

    private RoleDefinition fresh(long roleId) {
        book.reload();
        RoleDefinition role = book.get(roleId);
        if (role == null) {
            throw UserError.notFound();
        }
        return role;
    }

    private void check(RoleDefinition role, RoleChange change) {
        Map<String, RoleModule> known = catalog.modules().stream()
                .collect(Collectors.toMap(RoleModule::id, m -> m));
        for (String moduleId : change.modules().keySet()) {
            if (!known.containsKey(moduleId)) {
                throw UserError.badRequest("core.roles.error.unknownModule");
            }
            if (!known.get(moduleId).allowedFor(role.code())) {
                throw new RoleProblem("core.roles.error.moduleNotForRole", known.get(moduleId).labelKey());
            }
        }
        for (String right : change.rights()) {
            checkRight(right, change.modules());
        }
        if (role.builtin() && StandardRoles.ADMINISTRATOR.equals(role.code())
                && change.modules().get(ADMINISTRATION) != Mode.EDIT) {
            throw new RoleProblem("core.roles.error.administratorKeepsAdministration",
                    known.get(ADMINISTRATION).labelKey());
        }
        checkUnits(change.restrictions().get(ScopeKind.TERM), ids(units.studyTerms()));
        checkUnits(change.restrictions().get(ScopeKind.DEPARTMENT), ids(units.departments()));
        checkUnits(change.restrictions().get(ScopeKind.PCC), ids(units.pccs()));
    }

    /** An extended right needs its module added, and an edit-only right needs the module in edit mode. */
    private void checkRight(String right, Map<String, Mode> modules) {
        RoleProblem problem = null;
        for (CapabilityCatalog.Grant g : catalog.grantsOf(right)) {
            Capability c = g.capability();
            if (!c.extendedRight()) {
                continue;
            }
            Mode mode = modules.get(g.roleModuleId());
            if (mode != null && mode.covers(c.mode())) {
                return;
            }
            problem = mode == null
                    ? new RoleProblem("core.roles.error.rightNeedsModule", c.labelKey())
                    : new RoleProblem("core.roles.error.rightNeedsEditMode", c.labelKey());
        }
        throw problem != null ? problem : UserError.badRequest("core.roles.error.unknownRight");
    }

    private static Set<Long> ids(List<AcademicUnit> all) {
        return all.stream().map(AcademicUnit::id).collect(Collectors.toSet());
    }

    private static void checkUnits(Set<Long> chosen, Set<Long> existing) {
        if (chosen != null && !existing.containsAll(chosen)) {
            throw UserError.badRequest("core.roles.error.unknownUnit");
        }
    }

    /** Audit details that may hold nulls (a role created outside the editor may have no name). */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw UserError.badRequest("core.roles.error.nameRequired").on("name");
        }
        if (clean.length() > MAX_NAME) {
            throw UserError.badRequest("core.roles.error.nameTooLong", MAX_NAME).on("name");
        }
        return clean;
    }
}
