package kz.sabaq.attestation.distribution;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;

/** Wires ticket distribution: the installed strategies, generation and students' own choice. */
public final class DistributionWiring {

    public TicketDistribution wire(ModuleWiring w, Attestation common) {
        return null;
    }
}
