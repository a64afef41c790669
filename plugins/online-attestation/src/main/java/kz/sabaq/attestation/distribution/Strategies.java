package kz.sabaq.attestation.distribution;

import java.util.List;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.AttestationSettings;

/** The installed ticket distribution strategies and the one the settings name. */
final class Strategies {
    private final List<TicketDistributionStrategy> installed;
    private final AttestationSettings settings;

    /** @param installed every started plugin's strategy, read once at boot (plugins change only on restart) */
    Strategies(List<TicketDistributionStrategy> installed, AttestationSettings settings) {
        this.installed = List.copyOf(installed);
        this.settings = settings;
    }

    List<TicketDistributionStrategy> all() {
        return installed;
    }

    /** The chosen strategy; a settings value naming no started plugin is a translated error. */
    TicketDistributionStrategy chosen() {
        String id = settings.distribution();
        return installed.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError(409, "online-attestation.distribution.error.missingStrategy", id));
    }

    AttestationSettings settings() {
        return settings;
    }
}
