package kz.sabaq.attestation.slot;

import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.tickets.TicketBank;

/** Wires the per-slot actions. */
public final class SlotActionsWiring {

    public SlotActions wire(ModuleWiring w, Attestation common, TicketDistribution tickets, TicketBank bank) {
        Slots slots = new Slots(common, w.mapper(SlotMapper.class), tickets, bank, w.notifications());
        Conferences conferences = w.service(Conferences.class).orElseThrow();
        Platforms platforms = new Platforms(slots, conferences);
        conferences.load(platforms::loads);
        w.resource(new SlotActionsResource(slots, platforms));
        return slots;
    }
}
