package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.admission.DecisionMapper;
import org.junit.jupiter.api.Test;

/**
 * What a hall's presses read together is what each press would have read alone: every student
 * their own sitting's facts (none without a sitting), and the tickets held in the pool now.
 */
class PressReadsTest {
    @Test
    void sittingsReadTogetherGiveEachStudentTheFactsOfTheirOwnSittingAndNoneWithout() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(20);
            ExamSlot now = exam.slot(Exam.NOW, Duration.ofHours(2));
            ExamSlot later = exam.slot(Exam.NOW.plus(Duration.ofHours(3)), Duration.ofHours(1));
            long placed = exam.sit(now, 1, true).get(0);
            long notPlaced = exam.sit(later, 1, false).get(0);
            long admitted = exam.sit(now, 1, true).get(0);
            exam.db.mapper(DecisionMapper.class).admit(exam.stream, admitted, "Медициналық анықтама", Exam.NOW,
                    exam.teacher);
            long withTicket = exam.sit(now, 1, true).get(0);
            exam.attestation.ticketOf(exam.stream, withTicket, 7, 0, "CHOSEN");
            long withoutSitting = exam.student();
            DistributionMapper tickets = exam.db.mapper(DistributionMapper.class);

            List<SittingKey> asked = new ArrayList<>();
            for (long student : List.of(placed, notPlaced, admitted, withTicket, withoutSitting, placed)) {
                asked.add(new SittingKey(exam.stream, student));
            }
            Map<Long, ChoiceFacts> together = new HashMap<>();
            tickets.factsOf(JsonRows.of(asked, k -> List.of(k.streamId(), k.studentId()))).forEach(f -> together.put(f.studentId(), f.facts()));

            PressReads alone = new PressReads(tickets);
            for (long student : List.of(placed, notPlaced, admitted, withTicket)) {
                assertNotNull(together.get(student));
                assertEquals(alone.facts(exam.stream, student), together.get(student), "as read alone");
            }
            assertEquals(later.id(), together.get(notPlaced).slotId());
            assertNull(together.get(notPlaced).placedAt());
            assertEquals(true, together.get(admitted).admittedByDecision());
            assertEquals(false, together.get(placed).admittedByDecision());
            assertEquals(7, together.get(withTicket).ticketNumber());
            assertEquals(false, together.containsKey(withoutSitting), "no sitting, no facts");
        }
    }

    @Test
    void aPressReadsItsOwnFactsAndThePoolAsTheyAreNow() {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            exam.tickets(20);
            ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
            List<Long> ids = exam.sit(slot, 3, true);
            PressReads reads = new PressReads(exam.db.mapper(DistributionMapper.class));
            assertEquals(Set.of(), reads.held(exam.stream, 0));

            exam.attestation.ticketOf(exam.stream, ids.get(0), 4, 0, "CHOSEN");
            exam.attestation.ticketOf(exam.stream, ids.get(1), 9, 0, "GENERATED");

            assertEquals(Set.of(4, 9), reads.held(exam.stream, 0), "read again, not kept");
            assertEquals(4, reads.facts(exam.stream, ids.get(0)).ticketNumber());
            assertNull(reads.facts(exam.stream, ids.get(2)).ticketNumber());
            assertNull(reads.facts(exam.stream, exam.student()), "no sitting");
        }
    }
}
