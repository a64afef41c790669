package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.attestation.ExamSlot;
import org.junit.jupiter.api.Test;

/** A plugin developer's strategy (tickets-least-used) is listed and used once its plugin is enabled. */
class ThirdStrategyTest {

    @Test
    void theShippedFormsAreListedAndTheExampleOnlyOnceEnabled() {
        try (Exam exam = Exam.start(Map.of())) {
            assertEquals(Set.of("random", "self-select"), ids(exam.distribution.strategies()));
            assertEquals("random", exam.distribution.chosen().id(), "random generation is the default");
            assertFalse(exam.distribution.chosen().studentsChoose());
        }
        try (Exam exam = Exam.start(Map.of("distribution", "least-used"), "tickets-least-used")) {
            assertEquals(Set.of("random", "self-select", "least-used"), ids(exam.distribution.strategies()));
            assertEquals("Least used first", exam.distribution.chosen().name().en());
        }
    }

    @Test
    void onceChosenTheLeastUsedTicketsGoFirst() {
        try (Exam exam = Exam.start(Map.of("wholeStream", false, "distribution", "least-used"), "tickets-least-used")) {
            exam.tickets(4);
            ExamSlot morning = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot afternoon = exam.slot(Exam.NOW.plus(Duration.ofHours(3)), Duration.ofHours(2));
            List<Long> first = exam.sit(morning, 2, false);
            List<Long> second = exam.sit(afternoon, 2, false);
            Set<Integer> morningTickets = new HashSet<>(
                    exam.distribution.generate(exam.staff(), morning, first).values());

            Set<Integer> afternoonTickets = new HashSet<>(
                    exam.distribution.generate(exam.staff(), afternoon, second).values());

            assertEquals(2, morningTickets.size());
            Set<Integer> unused = new HashSet<>(Set.of(1, 2, 3, 4));
            unused.removeAll(morningTickets);
            assertEquals(unused, afternoonTickets, "the two tickets nobody had yet, though all four were free");
            assertEquals("least-used", exam.audit(Generation.EVENT).get(1).get("strategy").asText());
        }
    }

    private static Set<String> ids(List<TicketDistributionStrategy> strategies) {
        return strategies.stream().map(TicketDistributionStrategy::id).collect(Collectors.toSet());
    }
}
