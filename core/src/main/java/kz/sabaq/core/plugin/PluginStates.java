package kz.sabaq.core.plugin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.core.config.InstitutionProfile;

/**
 * Whether a plugin is on: the administrator's choice when there is one, else the institution
 * profile. A change takes effect at the next start.
 */
public final class PluginStates {
    private final PluginStateMapper store;
    private final InstitutionProfile profile;
    private final AuditLog audit;
    private final Clock clock;

    public PluginStates(PluginStateMapper store, InstitutionProfile profile, AuditLog audit, Clock clock) {
        this.store = store;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean enabled(String pluginId) {
        Boolean chosen = store.enabled(pluginId);
        return chosen != null ? chosen : profile.enables(pluginId);
    }

    public void choose(String pluginId, boolean enabled, Long actorId) {
        store.setEnabled(pluginId, enabled, actorId, LocalDateTime.now(clock));
        audit.record(actorId, enabled ? "core.plugin.enabled" : "core.plugin.disabled", "plugin:" + pluginId,
                Map.of("effective", "at restart"));
    }
}
