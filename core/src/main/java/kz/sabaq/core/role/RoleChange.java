package kz.sabaq.core.role;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.access.RoleDefinition;
import kz.sabaq.core.access.ScopeKind;

/**
 * What the role editor's form asks for: the modules added with their mode, the ticked extended
 * rights, and the restrictions. A module ticked without a mode gets edit mode, as the source says.
 */
public record RoleChange(Map<String, Mode> modules, Set<String> rights, Map<ScopeKind, Set<Long>> restrictions) {
    static final String MODULE = "module";
    static final String MODE_PREFIX = "mode:";
    static final String RIGHT = "right";
    static final Map<ScopeKind, String> SCOPE_FIELDS = Map.of(
            ScopeKind.TERM, "term", ScopeKind.DEPARTMENT, "department", ScopeKind.PCC, "pcc");

    public static RoleChange of(MultivaluedMap<String, String> form) {
        Map<String, Mode> modules = new LinkedHashMap<>();
        for (String id : values(form, MODULE)) {
            String mode = form.getFirst(MODE_PREFIX + id);
            modules.put(id, mode == null || mode.isBlank() ? Mode.EDIT : mode(mode));
        }
        Map<ScopeKind, Set<Long>> restrictions = new EnumMap<>(ScopeKind.class);
        for (ScopeKind kind : ScopeKind.values()) {
            Set<Long> ids = new TreeSet<>();
            for (String v : values(form, SCOPE_FIELDS.get(kind))) {
                ids.add(id(v));
            }
            if (!ids.isEmpty()) {
                restrictions.put(kind, ids);
            }
        }
        return new RoleChange(modules, new TreeSet<>(values(form, RIGHT)), restrictions);
    }

    private static List<String> values(MultivaluedMap<String, String> form, String field) {
        List<String> all = form.get(field);
        return all == null ? List.of() : all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static Mode mode(String value) {
        try {
            return Mode.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw UserError.badRequest("core.roles.error.mode");
        }
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw UserError.badRequest("core.roles.error.unknownUnit");
        }
    }

    /** The role as it stands, to compare with a change. */
    public static RoleChange of(RoleDefinition role) {
        return new RoleChange(role.modules(), role.rights(), role.restrictions());
    }

    /** The change as plain values for the audit log. */
    public Map<String, Object> asAudit() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> modes = new TreeMap<>();
        modules.forEach((k, v) -> modes.put(k, v.name()));
        out.put("modules", modes);
        out.put("rights", new TreeSet<>(rights));
        Map<String, Set<Long>> scopes = new TreeMap<>();
        restrictions.forEach((k, v) -> scopes.put(k.name(), new TreeSet<>(v)));
        out.put("restrictions", scopes);
        return out;
    }
}
