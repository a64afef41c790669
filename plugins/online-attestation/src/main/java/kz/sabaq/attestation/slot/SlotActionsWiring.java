package kz.sabaq.attestation.slot;

import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.tickets.TicketBank;

/** Wires the per-slot actions. */
public final class SlotActionsWiring {

    public SlotActions wire(ModuleWiring w, Attestation common, TicketDistribution tickets, TicketBank bank) {
        // TEMP(merge): the distribution part's wiring returns null until it is merged.
        TicketDistribution distribution = tickets != null ? tickets
                : new InterimDistribution(common, w.mapper(InterimDistribution.Writes.class));
        Slots slots = new Slots(common, w.mapper(SlotMapper.class), distribution, bank, w.notifications());
        w.resource(new SlotActionsResource(slots, new Platforms(slots, w.extensions(ConferencePlatform.class))));
        return slots;
    }
}
