package kz.sabaq.core.role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> model = new HashMap<>();
        model.put("role", role(shown, language));
        model.put("canEdit", canEdit);
        model.put("saved", saved);
        List<Map<String, Object>> modules = new ArrayList<>();
        int n = 0;
        for (RoleModule m : catalog.modules()) {
            if (m.allowedFor(shown.code())) {
                modules.add(module(m, "m" + n++, shown));
            }
        }
        model.put("modules", modules);
        model.put("terms", choices(units.studyTerms(), shown.restrictions().get(ScopeKind.TERM), language));
        model.put("departments", choices(units.departments(), shown.restrictions().get(ScopeKind.DEPARTMENT), language));
        model.put("pccs", choices(units.pccs(), shown.restrictions().get(ScopeKind.PCC), language));
        return View.of("core/roles-edit", "core.roles.edit.title", model);
    }

    /** The error as the page shows it: the module or right a {@link RoleProblem} names, translated. */
    UserError readable(UserError problem, Language language) {
        if (problem instanceof RoleProblem p && p.labelKey() != null) {
            return new UserError(p.status(), p.messageKey(), messages.get(language, p.labelKey()));
        }
        return problem;
    }

    Map<String, Object> role(RoleDefinition r, Language language) {
        Map<String, Object> role = new HashMap<>();
        role.put("id", r.id());
        role.put("code", r.code());
        role.put("name", r.name() == null ? "" : r.name());
        role.put("displayName", displayName(r.code(), r.name(), language));
        role.put("builtin", r.builtin());
        role.put("custom", !r.builtin());
        role.put("ownDepartment", r.ownUnit() == RoleDefinition.OwnUnit.DEPARTMENT);
        role.put("ownPcc", r.ownUnit() == RoleDefinition.OwnUnit.PCC);
        return role;
    }

    String displayName(String code, String name, Language language) {
        return name != null ? name : messages.get(language, "core.role." + code);
    }

    private static Map<String, Object> module(RoleModule m, String key, RoleDefinition shown) {
        Mode mode = shown.modules().get(m.id());
        Map<String, Object> module = new HashMap<>();
        module.put("id", m.id());
        module.put("key", key);
        module.put("labelKey", m.labelKey());
        module.put("added", mode != null);
        module.put("read", mode == Mode.READ);
        module.put("edit", mode != Mode.READ);
        List<Map<String, Object>> rights = new ArrayList<>();
        int n = 0;
        for (Capability c : m.extendedRights()) {
            Map<String, Object> right = new HashMap<>();
            right.put("id", c.id());
            right.put("key", key + "r" + n++);
            right.put("labelKey", c.labelKey());
            right.put("editOnly", c.mode() == Mode.EDIT);
            right.put("checked", shown.rights().contains(c.id()));
            right.put("disabled", c.mode() == Mode.EDIT && mode == Mode.READ);
            rights.add(right);
        }
        module.put("rights", rights);
        module.put("hasRights", !rights.isEmpty());
        return module;
    }

    private static List<Map<String, Object>> choices(List<AcademicUnit> all, Set<Long> selected, Language language) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AcademicUnit u : all) {
            out.add(Map.of("id", u.id(), "name", u.name(language), "selected", selected != null && selected.contains(u.id())));
        }
        return out;
    }
}
