package kz.sabaq.tickets.random;

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
 * "Random generation" (the default form): the teacher presses "Generate ticket numbers" and every
 * waiting student gets a different free ticket, drawn uniformly at random.
 */
@Extension
public class RandomTickets implements TicketDistributionStrategy {
    public static final String ID = "random";
    private static final LocalizedName NAME =
            BundleName.of(RandomTickets.class, "tickets-random", "tickets-random.name");

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
        return false;
    }

    /** A uniform random draw without repetition: a Fisher–Yates shuffle of the free tickets. */
    @Override
    public Map<Long, Integer> assign(TicketRequest request) {
        List<Integer> tickets = new ArrayList<>(request.freeTickets());
        for (int i = tickets.size() - 1; i > 0; i--) {
            int j = request.random().nextInt(i + 1);
            tickets.set(j, tickets.set(i, tickets.get(j)));
        }
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < request.students().size() && i < tickets.size(); i++) {
            given.put(request.students().get(i), tickets.get(i));
        }
        return given;
    }
}
