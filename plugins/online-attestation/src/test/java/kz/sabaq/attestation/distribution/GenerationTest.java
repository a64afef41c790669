package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.attestation.TicketRequest;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.ExamSlot;
import org.junit.jupiter.api.Test;

/** "Generate ticket numbers" (spec §8) with "distribute across the whole stream" on and off (§3.1). */
class GenerationTest {

    @Test
    void wholeStreamOnTheSecondSlotGetsOnlyTheThirteenTicketsTheFirstLeft() {
        try (Exam exam = Exam.start(Map.of("wholeStream", true, "distribution", "random"))) {
            exam.tickets(25);
            ExamSlot morning = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot afternoon = exam.slot(Exam.NOW.plus(Duration.ofHours(3)), Duration.ofHours(2));
            List<Long> first = exam.sit(morning, 12, false);
            List<Long> second = exam.sit(afternoon, 13, false);

            Map<Long, Integer> a = exam.distribution.generate(exam.staff(), morning, first);
            Map<Long, Integer> b = exam.distribution.generate(exam.staff(), afternoon, second);

            assertEquals(new HashSet<>(first), a.keySet());
            assertEquals(new HashSet<>(second), b.keySet());
            Set<Integer> all = new TreeSet<>(a.values());
            all.addAll(b.values());
            assertEquals(25, all.size(), "25 students, 25 different tickets across both slots");
            assertEquals(1, all.iterator().next());
            assertEquals(25, ((TreeSet<Integer>) all).last());
            assertEquals(exam.given(), merged(a, b));
            JsonNode audit = exam.audit(Generation.EVENT).get(1);
            Set<Integer> offered = new TreeSet<>();
            audit.get("freeTickets").forEach(n -> offered.add(n.asInt()));
            Set<Integer> left = new TreeSet<>();
            for (int n = 1; n <= 25; n++) {
                left.add(n);
            }
            left.removeAll(a.values());
            assertEquals(left, offered, "the afternoon slot was offered only the 13 tickets the morning left");
            assertEquals(0, audit.get("pool").asLong());
        }
    }

    @Test
    void wholeStreamOffEverySlotDrawsFromAllTwentyFiveAgain() {
        try (Exam exam = Exam.start(Map.of("wholeStream", false, "distribution", "random"))) {
            exam.tickets(25);
            ExamSlot morning = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot afternoon = exam.slot(Exam.NOW.plus(Duration.ofHours(3)), Duration.ofHours(2));
            List<Long> first = exam.sit(morning, 12, false);
            List<Long> second = exam.sit(afternoon, 13, false);
            Map<Long, Integer> a = exam.distribution.generate(exam.staff(), morning, first);

            Map<Long, Integer> b = exam.distribution.generate(exam.staff(), afternoon, second);

            assertEquals(12, new HashSet<>(a.values()).size());
            assertEquals(13, new HashSet<>(b.values()).size());
            JsonNode audit = exam.audit(Generation.EVENT).get(1);
            assertEquals(25, audit.get("freeTickets").size(), "the afternoon slot drew from all 25 tickets");
            assertEquals(afternoon.id(), audit.get("pool").asLong());
            assertEquals(exam.given(), merged(a, b));
        }
    }

    @Test
    void onlyTheSlotsStudentsWithoutATicketGetOne() {
        try (Exam exam = Exam.start(Map.of("wholeStream", true, "distribution", "random"))) {
            exam.tickets(10);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot other = exam.slot(Exam.NOW.plus(Duration.ofDays(1)), Duration.ofHours(2));
            List<Long> here = exam.sit(slot, 3, false);
            List<Long> elsewhere = exam.sit(other, 2, false);
            Map<Long, Integer> first = exam.distribution.generate(exam.staff(), slot, List.of(here.get(0)));
            assertEquals(Set.of(here.get(0)), first.keySet());

            List<Long> asked = new ArrayList<>(here);
            asked.addAll(elsewhere);
            asked.add(exam.student()); // of the stream's group, but in no slot
            Map<Long, Integer> second = exam.distribution.generate(exam.staff(), slot, asked);

            assertEquals(Set.of(here.get(1), here.get(2)), second.keySet(), "not the one who has a ticket, "
                    + "not another slot's students, not a student without a sitting");
            assertEquals(first.get(here.get(0)), exam.given().get(here.get(0)), "the first ticket stands");
            assertTrue(!second.containsValue(first.get(here.get(0))));
            assertEquals(3, exam.given().size());
            assertEquals(Map.of(), exam.distribution.generate(exam.staff(), slot, here), "nothing left to give");
        }
    }

    @Test
    void theAuditEntryReproducesTheResultFromItsSeed() {
        try (Exam exam = Exam.start(Map.of("wholeStream", true, "distribution", "random"))) {
            exam.tickets(30);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 20, false);
            Map<Long, Integer> given = exam.distribution.generate(exam.staff(), slot, students);

            JsonNode entry = exam.audit(Generation.EVENT).get(0);
            assertEquals("random", entry.get("strategy").asText());
            assertEquals(Generation.GENERATOR, entry.get("generator").asText());
            List<Long> waiting = new ArrayList<>();
            entry.get("students").forEach(n -> waiting.add(n.asLong()));
            List<Integer> free = new ArrayList<>();
            entry.get("freeTickets").forEach(n -> free.add(n.asInt()));
            Map<Integer, Integer> usage = new HashMap<>();
            entry.get("usage").fields().forEachRemaining(e -> usage.put(Integer.valueOf(e.getKey()), e.getValue().asInt()));
            TicketDistributionStrategy random = exam.strategies().stream().filter(s -> s.id().equals("random"))
                    .findFirst().orElseThrow();

            Map<Long, Integer> again = random.assign(new TicketRequest(exam.stream, slot.id(), waiting, free, usage,
                    new SplittableRandom(entry.get("seed").asLong())));

            assertEquals(given, again);
            Map<Long, Integer> logged = new HashMap<>();
            entry.get("given").fields().forEachRemaining(e -> logged.put(Long.valueOf(e.getKey()), e.getValue().asInt()));
            assertEquals(given, logged);
            assertEquals(exam.given(), given);
        }
    }

    @Test
    void aStrategyNoPluginProvidesIsAClearErrorAndGivesNothing() {
        try (Exam exam = Exam.start(Map.of("distribution", "least-used"))) {
            exam.tickets(5);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, false);

            UserError error = assertThrows(UserError.class,
                    () -> exam.distribution.generate(exam.staff(), slot, students));

            assertEquals("online-attestation.distribution.error.missingStrategy", error.messageKey());
            assertEquals("least-used", error.args()[0]);
            assertEquals(Map.of(), exam.given());
            assertThrows(UserError.class, exam.distribution::chosen);
        }
    }

    @Test
    void withoutTicketsNothingIsGenerated() {
        try (Exam exam = Exam.start(Map.of())) {
            exam.tickets(5);
            exam.withoutTickets();
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> students = exam.sit(slot, 2, false);
            UserError error = assertThrows(UserError.class,
                    () -> exam.distribution.generate(exam.staff(), slot, students));
            assertEquals("online-attestation.distribution.error.notByTicket", error.messageKey());
            assertEquals(Map.of(), exam.given());
        }
    }

    private static Map<Long, Integer> merged(Map<Long, Integer> a, Map<Long, Integer> b) {
        Map<Long, Integer> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }
}
