package kz.sabaq.tickets.leastused;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The plugin guide's example strategy: tickets given least often so far in the stream go first
 * (useful when every slot draws from all tickets again), ties broken at random. Shipped but not
 * enabled in the default profile.
 */
@Extension
public class LeastUsedTickets implements TicketDistributionStrategy {
    public static final String ID = "least-used";
    private static final LocalizedName NAME =
            BundleName.of(LeastUsedTickets.class, "tickets-least-used", "tickets-least-used.name");

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

    @Override
    public Map<Long, Integer> assign(TicketRequest request) {
        List<Integer> tickets = new ArrayList<>(request.freeTickets());
        // Shuffle first, then a stable sort by usage: equally used tickets stay in random order.
        for (int i = tickets.size() - 1; i > 0; i--) {
            int j = request.random().nextInt(i + 1);
            tickets.set(j, tickets.set(i, tickets.get(j)));
        }
        tickets.sort(Comparator.comparingInt(t -> request.usage().getOrDefault(t, 0)));
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < request.students().size() && i < tickets.size(); i++) {
            given.put(request.students().get(i), tickets.get(i));
        }
        return given;
    }
}
