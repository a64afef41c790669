package kz.sabaq.tickets.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketRequest;
import org.junit.jupiter.api.Test;

class RandomTicketsTest {
    private static final List<Long> STUDENTS = List.of(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L);
    private static final List<Integer> FREE = IntStream.rangeClosed(1, 25).boxed().toList();

    private static TicketRequest request(List<Long> students, List<Integer> free, long seed) {
        return new TicketRequest(1, 2, students, free, Map.of(), new SplittableRandom(seed));
    }

    @Test
    void everyStudentGetsADifferentFreeTicketAndTheSameSeedGivesTheSameTickets() {
        RandomTickets strategy = new RandomTickets();
        Map<Long, Integer> given = strategy.assign(request(STUDENTS, FREE, 42));

        assertEquals(new HashSet<>(STUDENTS), given.keySet());
        assertEquals(13, new HashSet<>(given.values()).size());
        assertTrue(FREE.containsAll(given.values()));
        assertEquals(given, strategy.assign(request(STUDENTS, FREE, 42)), "reproducible from the seed");
        assertNotEquals(given, strategy.assign(request(STUDENTS, FREE, 43)), "another seed, another draw");
        assertFalse(strategy.studentsChoose());
        assertEquals("random", strategy.id());
    }

    @Test
    void onlyFreeTicketsAndNoMoreStudentsThanTickets() {
        Map<Long, Integer> given = new RandomTickets().assign(request(STUDENTS, List.of(3, 9, 17), 7));
        assertEquals(3, given.size());
        assertEquals(new HashSet<>(List.of(3, 9, 17)), new HashSet<>(given.values()));
        assertEquals(List.of(11L, 12L, 13L), List.copyOf(given.keySet()), "the first students in the request's order");
    }

    @Test
    void theDrawIsUniform() {
        int[] first = new int[5];
        for (long seed = 0; seed < 5000; seed++) {
            first[new RandomTickets().assign(request(List.of(1L), List.of(1, 2, 3, 4, 5), seed)).get(1L) - 1]++;
        }
        for (int count : first) {
            assertTrue(count > 850 && count < 1150, "each ticket about 1000 of 5000 times: " + java.util.Arrays.toString(first));
        }
    }

    @Test
    void itsNameInTheSettingsSelectComesFromItsBundleInTheThreeLanguages() {
        assertEquals(new LocalizedName("Билет нөмірлерін кездейсоқ бөлу", "Случайная генерация номеров билетов", "Random generation"),
                new RandomTickets().name());
    }
}
