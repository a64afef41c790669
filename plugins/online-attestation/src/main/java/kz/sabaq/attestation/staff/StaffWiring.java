package kz.sabaq.attestation.staff;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.distribution.TicketDistribution;

/** Wires the staff part of online attestation. */
public final class StaffWiring {

    public void wire(ModuleWiring w, Attestation common, TicketDistribution tickets) {
    }
}
