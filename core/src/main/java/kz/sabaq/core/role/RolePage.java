package kz.sabaq.core.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.ScopeKind;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/** The role editor page: one block per role module, its extended rights, and the restrictions. */
public final class RolePage {
    private final CapabilityCatalog catalog;
    private final AcademicUnitMapper units;
    private final Messages messages;

    public RolePage(CapabilityCatalog catalog, AcademicUnitMapper units, Messages messages) {
        this.catalog = catalog;
        this.units = units;
        this.messages = messages;
    }

    /** @param shown the role as stored, or as the refused form asked for it */
    View render(RoleDefinition shown, Language language, boolean canEdit, boolean saved) {
        List<Module> modules = new ArrayList<>();
        int n = 0;
        for (RoleModule m : catalog.modules()) {
            if (m.allowedFor(shown.code())) {
                modules.add(module(m, "m" + n++, shown));
            }
        }
        return View.of("core/roles-edit", "core.roles.edit.title", new Model(role(shown, language), canEdit, saved,
                modules, choices(units.studyTerms(), shown.restrictions().get(ScopeKind.TERM), language),
                choices(units.departments(), shown.restrictions().get(ScopeKind.DEPARTMENT), language),
                choices(units.pccs(), shown.restrictions().get(ScopeKind.PCC), language)));
    }

    /**
     * The role editor: the role, a block per role module it may take with the module's extended
     * rights, and the study terms, departments and cycle commissions it may be restricted to.
     */
    public record Model(Role role, boolean canEdit, boolean saved, List<Module> modules, List<Choice> terms,
                 List<Choice> departments, List<Choice> pccs) {
    }

    /** A role as its pages show it; {@code name} is empty for a standard role, named by its translation. */
    record Role(long id, String code, String name, String displayName, boolean builtin, boolean custom,
                boolean ownDepartment, boolean ownPcc) {
    }

    /** A role module: {@code key} names its fields on the page; {@code added} in the read or edit mode. */
    record Module(String id, String key, String labelKey, boolean added, boolean read, boolean edit, List<Right> rights,
                  boolean hasRights) {
    }

    /** An extended right; an edit-only right is disabled while its module is in read mode. */
    record Right(String id, String key, String labelKey, boolean editOnly, boolean checked, boolean disabled) {
    }

    /** An academic unit the role may be restricted to. */
    record Choice(long id, String name, boolean selected) {
    }

    /** The error as the page shows it: the module or right a {@link RoleProblem} names, translated. */
    UserError readable(UserError problem, Language language) {
        if (problem instanceof RoleProblem p && p.labelKey() != null) {
            return new UserError(p.status(), p.messageKey(), messages.get(language, p.labelKey()));
        }
        return problem;
    }

    Role role(RoleDefinition r, Language language) {
        return new Role(r.id(), r.code(), r.name() == null ? "" : r.name(), displayName(r.code(), r.name(), language),
                r.builtin(), !r.builtin(), r.ownUnit() == RoleDefinition.OwnUnit.DEPARTMENT,
                r.ownUnit() == RoleDefinition.OwnUnit.PCC);
    }

    String displayName(String code, String name, Language language) {
        return name != null ? name : messages.get(language, "core.role." + code);
    }

    private static Module module(RoleModule m, String key, RoleDefinition shown) {
        Mode mode = shown.modules().get(m.id());
        List<Right> rights = new ArrayList<>();
        int n = 0;
        for (Capability c : m.extendedRights()) {
            rights.add(new Right(c.id(), key + "r" + n++, c.labelKey(), c.mode() == Mode.EDIT,
                    shown.rights().contains(c.id()), c.mode() == Mode.EDIT && mode == Mode.READ));
        }
        return new Module(m.id(), key, m.labelKey(), mode != null, mode == Mode.READ, mode != Mode.READ, rights,
                !rights.isEmpty());
    }

    private static List<Choice> choices(List<AcademicUnit> all, Set<Long> selected, Language language) {
        return all.stream().map(u -> new Choice(u.id(), u.name(language), selected != null && selected.contains(u.id())))
                .toList();
    }
}
