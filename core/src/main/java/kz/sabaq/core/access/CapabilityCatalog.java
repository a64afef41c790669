package kz.sabaq.core.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.RoleModule;

/** Every role module that core and the enabled plugins declared, and which module grants which capability. */
public final class CapabilityCatalog {
    private final Map<String, RoleModule> modules = new LinkedHashMap<>();
    private final Map<String, List<Grant>> grants = new LinkedHashMap<>();

    public record Grant(String roleModuleId, Capability capability) {
    }

    public void add(RoleModule module) {
        if (modules.putIfAbsent(module.id(), module) != null) {
            throw new IllegalStateException("Role module declared twice: " + module.id());
        }
        for (Capability c : module.capabilities()) {
            grants.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new Grant(module.id(), c));
        }
    }

    public List<Grant> grantsOf(String capability) {
        return grants.getOrDefault(capability, List.of());
    }

    public boolean knows(String capability) {
        return grants.containsKey(capability);
    }

    public Collection<RoleModule> modules() {
        return modules.values();
    }

    /** Whether the role holds the capability: its module in a sufficient mode and, for a right, the right ticked. */
    public boolean grants(RoleDefinition role, String capability) {
        for (Grant g : grantsOf(capability)) {
            var mode = role.modules().get(g.roleModuleId());
            if (mode != null && mode.covers(g.capability().mode())
                    && (!g.capability().extendedRight() || role.rights().contains(capability))) {
                return true;
            }
        }
        return false;
    }
}
