package kz.sabaq.tickets.selfselect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketRequest;
import org.junit.jupiter.api.Test;

class SelfSelectTicketsTest {

    @Test
    void studentsChooseAndThoseWhoCouldNotGetRandomFreeTickets() {
        SelfSelectTickets strategy = new SelfSelectTickets();
        TicketRequest request = new TicketRequest(1, 2, List.of(5L, 6L, 7L), List.of(2, 4, 8, 16, 32), Map.of(),
                new SplittableRandom(99));

        Map<Long, Integer> given = strategy.assign(request);

        assertTrue(strategy.studentsChoose());
        assertEquals("self-select", strategy.id());
        assertEquals(new HashSet<>(List.of(5L, 6L, 7L)), given.keySet());
        assertEquals(3, new HashSet<>(given.values()).size());
        assertTrue(List.of(2, 4, 8, 16, 32).containsAll(given.values()));
        assertEquals(given, strategy.assign(new TicketRequest(1, 2, List.of(5L, 6L, 7L), List.of(2, 4, 8, 16, 32),
                Map.of(), new SplittableRandom(99))), "reproducible from the seed");
    }

    @Test
    void fewerFreeTicketsThanStudentsLeavesTheRestWithout() {
        Map<Long, Integer> given = new SelfSelectTickets().assign(new TicketRequest(1, 2, List.of(5L, 6L, 7L),
                List.of(4), Map.of(), new SplittableRandom(1)));
        assertEquals(Map.of(5L, 4), given);
    }

    @Test
    void itsNameInTheSettingsSelectComesFromItsBundleInTheThreeLanguages() {
        assertEquals(new LocalizedName("Білім алушылардың өз еркімен таңдауы", "Самостоятельный выбор обучающимися",
                "Students' own choice"), new SelfSelectTickets().name());
    }
}
