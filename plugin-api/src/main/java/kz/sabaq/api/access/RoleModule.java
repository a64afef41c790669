package kz.sabaq.api.access;

import java.util.List;
import java.util.Map;

/**
 * A unit the role editor adds to a role in read or edit mode, e.g. "Online attestation (staff)".
 *
 * @param defaultRoles role codes that get this module on a fresh installation, with their mode
 * @param defaultRights extended rights ticked on a fresh installation, per role code
 * @param onlyForRoles  role codes the role editor may add this module to; empty for any role (seed 001:
 *                      the student module of online attestation goes «тек қана "Білім алушы" рөліне»)
 */
public record RoleModule(
        String id,
        String labelKey,
        List<Capability> capabilities,
        Map<String, Mode> defaultRoles,
        Map<String, List<String>> defaultRights,
        List<String> onlyForRoles) {

    public RoleModule {
        onlyForRoles = List.copyOf(onlyForRoles);
    }

    public RoleModule(String id, String labelKey, List<Capability> capabilities, Map<String, Mode> defaultRoles,
                      Map<String, List<String>> defaultRights) {
        this(id, labelKey, capabilities, defaultRoles, defaultRights, List.of());
    }

    public RoleModule(String id, String labelKey, List<Capability> capabilities, Map<String, Mode> defaultRoles) {
        this(id, labelKey, capabilities, defaultRoles, Map.of());
    }

    /** Whether the role editor may add this module to the role. */
    public boolean allowedFor(String roleCode) {
        return onlyForRoles.isEmpty() || onlyForRoles.contains(roleCode);
    }

    public List<Capability> extendedRights() {
        return capabilities.stream().filter(Capability::extendedRight).toList();
    }
}
