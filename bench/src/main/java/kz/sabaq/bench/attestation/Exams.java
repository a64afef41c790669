package kz.sabaq.bench.attestation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;

/**
 * The online final controls of an answer-file run, made by the tests' generators in one
 * transaction: groups of students, and for each group many streams, each with one slot open now and
 * a ticket whose questions every student of the group has been sent and has viewed, so each sitting
 * waits for its answer.
 */
final class Exams {
    /** Slot times are UTC instants; ±14 hours around now is "open" for the whole run. */
    private static final Duration AROUND = Duration.ofHours(14);

    /** @return per group, its streams; group {@code g} holds students {@code g*groupSize …} */
    static List<List<Long>> create(Database database, List<Long> students, int groupSize, int streamsPerGroup,
                                   Clock clock) {
        String run = "OA-BENCH-" + clock.millis();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Generator gen = Generator.on(database, clock);
        long teacher = BenchRows.teacher(gen, "Examiner", 2);
        List<List<Long>> groups = new ArrayList<>();
        gen.transaction(tx -> {
            AttestationGenerator attestation = new AttestationGenerator(tx);
            long period = BenchRows.period(tx, run, now.toLocalDate());
            long discipline = tx.discipline().code(run).named("Bench").create();
            for (int g = 0; g * groupSize < students.size(); g++) {
                long group = tx.group().code(run + "-G" + g).create();
                List<Long> members = students.subList(g * groupSize, Math.min(students.size(), (g + 1) * groupSize));
                for (long s : members) {
                    tx.enrol(s, group);
                }
                List<Long> streams = new ArrayList<>();
                for (int m = 0; m < streamsPerGroup; m++) {
                    long stream = tx.stream().code(run + "-G" + g + "-S" + m).discipline(discipline).teacher(teacher)
                            .period(period).groups(group).create();
                    attestation.exam(stream).tickets(1).create();
                    long slot = attestation.slot(stream, teacher).between(now.minus(AROUND), now.plus(AROUND)).create();
                    attestation.ticket(stream, 1, "<p>Bench question</p>", teacher);
                    for (long s : members) {
                        // whole-stream pool 0 would make ticket 1 unique per stream; each sitting has its own pool
                        attestation.sitting(stream, s, slot).ticket(1, s).questionsSent(now).questionsViewed(now).create();
                    }
                    streams.add(stream);
                }
                groups.add(streams);
            }
        });
        return groups;
    }

    private Exams() {
    }
}
