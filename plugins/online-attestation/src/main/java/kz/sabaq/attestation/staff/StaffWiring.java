package kz.sabaq.attestation.staff;

import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.slot.SlotActions;
import kz.sabaq.attestation.tickets.TicketBank;

/** Wires the staff pages: settings, the journal flag, the list of streams and the stream page. */
public final class StaffWiring {
    /** Id of the "online final state attestation" module; its presence adds a second settings tab. */
    public static final String FINAL_STATE_MODULE = "online-final-attestation";

    public void wire(ModuleWiring w, Attestation common, TicketBank bank, SlotActions actions, Retakes retakes) {
        StaffMapper store = w.mapper(StaffMapper.class);
        Times times = new Times(common.academic().timeZone());
        SlotPlanner planner = new SlotPlanner(common, store, times, retakes);
        w.journalOption(new OnlineFlag(store, common.store(), common.academic(), w.access(), common.settings(),
                w.transactions(), w.audit(), w.clock()));
        w.resource(new SettingsResource(common.settings(), store,
                () -> w.extensions(TicketDistributionStrategy.class),
                () -> w.extensions(LmsModule.class).stream().anyMatch(m -> FINAL_STATE_MODULE.equals(m.id())),
                common.texts()));
        w.resource(new StreamListResource(store, common.access()));
        w.resource(new StreamResource(common, store, planner, new StreamPage(common, store, planner, times, bank,
                actions, retakes), times, retakes));
    }
}
