package kz.sabaq.attestation.tickets;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Attestation;

/** Wires the tickets pages of a stream: count, questions and files, copying to other streams. */
public final class TicketBankWiring {

    public TicketBank wire(ModuleWiring w, Attestation common) {
        TicketMapper rows = w.mapper(TicketMapper.class);
        Tickets tickets = new Tickets(common, rows, w.files());
        w.resource(new TicketsResource(common, tickets, new TicketCopies(common, rows, tickets)));
        return tickets;
    }
}
