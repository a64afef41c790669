package kz.sabaq.attestation.exam;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.distribution.TicketDistribution;

/** Wires the exam part of online attestation. */
public final class ExamWiring {

    public void wire(ModuleWiring w, Attestation common, TicketDistribution tickets) {
    }
}
