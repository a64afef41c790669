package kz.sabaq.api.access;

import java.util.List;
import java.util.Map;

/**
 * A unit the role editor adds to a role in read or edit mode, e.g. "Online attestation (staff)".
 *
 * @param defaultRoles role codes that get this module on a fresh installation, with their mode
 * @param defaultRights extended rights ticked on a fresh installation, per role code
 */
public record RoleModule(
        String id,
        String labelKey,
        List<Capability> capabilities,
        Map<String, Mode> defaultRoles,
        Map<String, List<String>> defaultRights) {

    public RoleModule(String id, String labelKey, List<Capability> capabilities, Map<String, Mode> defaultRoles) {
        this(id, labelKey, capabilities, defaultRoles, Map.of());
    }

    public List<Capability> extendedRights() {
        return capabilities.stream().filter(Capability::extendedRight).toList();
    }
}
