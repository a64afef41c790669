package kz.sabaq.tickets.leastused;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketRequest;
import org.junit.jupiter.api.Test;

class LeastUsedTicketsTest {

    private static TicketRequest request(List<Long> students, long seed) {
        return new TicketRequest(1, 2, students, List.of(1, 2, 3, 4, 5, 6), Map.of(1, 2, 2, 1, 3, 0, 4, 1, 5, 0, 6, 3),
                new SplittableRandom(seed));
    }

    @Test
    void theLeastUsedTicketsGoFirstTiesAtRandom() {
        LeastUsedTickets strategy = new LeastUsedTickets();
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(Set.of(3, 5), new HashSet<>(strategy.assign(request(List.of(10L, 11L), seed)).values()),
                    "never used: tickets 3 and 5");
            assertEquals(Set.of(3, 5, 2, 4), new HashSet<>(strategy.assign(request(List.of(10L, 11L, 12L, 13L), seed))
                    .values()), "then the ones used once");
        }
        Set<Integer> firstOfTies = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            firstOfTies.add(strategy.assign(request(List.of(10L), seed)).get(10L));
        }
        assertEquals(Set.of(3, 5), firstOfTies, "either unused ticket may come first");
        assertEquals(strategy.assign(request(List.of(10L, 11L, 12L), 5)), strategy.assign(request(List.of(10L, 11L, 12L), 5)));
        assertFalse(strategy.studentsChoose());
    }

    @Test
    void itsNameInTheSettingsSelectComesFromItsBundleInTheThreeLanguages() {
        assertEquals(new LocalizedName("Алдымен сирек берілген билеттер", "Сначала реже выданные", "Least used first"),
                new LeastUsedTickets().name());
    }
}
