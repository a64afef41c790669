package kz.sabaq.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.access.Mode;

/**
 * All role definitions, held in memory because every request checks them. Reloaded at once after
 * an edit on this node, and at most {@link #MAX_AGE} later on the other nodes.
 */
public final class RoleBook {
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final RoleMapper roles;
    private final Clock clock;
    private volatile Map<Long, RoleDefinition> byId = Map.of();
    private volatile Instant loadedAt = Instant.MIN;

    public RoleBook(RoleMapper roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    public RoleDefinition get(long id) {
        return current().get(id);
    }

    public List<RoleDefinition> all() {
        return current().values().stream()
                .sorted((a, b) -> a.builtin() == b.builtin() ? Long.compare(a.id(), b.id()) : a.builtin() ? -1 : 1)
                .toList();
    }

    private Map<Long, RoleDefinition> current() {
        if (stale()) {
            refresh();
        }
        return byId;
    }

    private boolean stale() {
        return Duration.between(loadedAt, clock.instant()).compareTo(MAX_AGE) > 0;
    }

    /**
     * Reloads once for all the requests that found the book stale at the same moment: the others
     * wait for that reload and use it, instead of each reading the roles again in turn (a hall of
     * students opening their exam page at once would otherwise queue hundreds of reloads).
     */
    private synchronized void refresh() {
        if (stale()) {
            reload();
        }
    }

    public synchronized void reload() {
        Map<Long, Map<String, Mode>> modules = new HashMap<>();
        for (Map<String, Object> row : roles.modules()) {
            modules.computeIfAbsent(number(row.get("roleId")), k -> new HashMap<>())
                    .put((String) row.get("moduleId"), Mode.valueOf((String) row.get("mode")));
        }
        Map<Long, Set<String>> rights = new HashMap<>();
        for (Map<String, Object> row : roles.rights()) {
            rights.computeIfAbsent(number(row.get("roleId")), k -> new HashSet<>()).add((String) row.get("capability"));
        }
        Map<Long, Map<ScopeKind, Set<Long>>> scopes = new HashMap<>();
        for (Map<String, Object> row : roles.scopes()) {
            scopes.computeIfAbsent(number(row.get("roleId")), k -> new HashMap<>())
                    .computeIfAbsent(ScopeKind.valueOf((String) row.get("kind")), k -> new HashSet<>())
                    .add(number(row.get("refId")));
        }
        Map<Long, RoleDefinition> fresh = new HashMap<>();
        for (RoleRow r : roles.roles()) {
            fresh.put(r.id(), new RoleDefinition(r.id(), r.code(), r.name(), r.builtin(),
                    RoleDefinition.OwnUnit.valueOf(r.ownUnit()),
                    Map.copyOf(modules.getOrDefault(r.id(), Map.of())),
                    Set.copyOf(rights.getOrDefault(r.id(), Set.of())),
                    Map.copyOf(scopes.getOrDefault(r.id(), Map.of()))));
        }
        byId = Map.copyOf(fresh);
        loadedAt = clock.instant();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
