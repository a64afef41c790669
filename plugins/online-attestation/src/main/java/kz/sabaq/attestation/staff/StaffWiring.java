package kz.sabaq.attestation.staff;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.slot.SlotActions;
import kz.sabaq.attestation.tickets.TicketBank;

/** Wires the staff pages: settings, the journal flag, the list of streams and the stream page. */
public final class StaffWiring {

    public void wire(ModuleWiring w, Attestation common, TicketBank bank, SlotActions actions) {
    }
}
