package kz.sabaq.tickets.selfselect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * "Students' own choice": placed tickets appear to students as tiles and each takes one. Staff may
 * still generate for a student who could not choose; such a student gets a random free ticket.
 */
@Extension
public class SelfSelectTickets implements TicketDistributionStrategy {
    public static final String ID = "self-select";
    private static final LocalizedName NAME =
            BundleName.of(SelfSelectTickets.class, "tickets-self-select", "tickets-self-select.name");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public boolean studentsChoose() {
        return true;
    }

    /** For students who could not choose: a uniform random draw among the tickets still free. */
    @Override
    public Map<Long, Integer> assign(TicketRequest request) {
        List<Integer> tickets = new ArrayList<>(request.freeTickets());
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (Long student : request.students()) {
            if (tickets.isEmpty()) {
                break;
            }
            given.put(student, tickets.remove(request.random().nextInt(tickets.size())));
        }
        return given;
    }
}
