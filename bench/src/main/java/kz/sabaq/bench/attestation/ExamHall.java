package kz.sabaq.bench.attestation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;

/**
 * The online final control of an exam-start run, made by the tests' generators in one transaction:
 * one stream of every bench student, by ticket, with one slot starting now in which every student
 * sits; no questions are sent yet, so each student's page waits for them and beats.
 */
final class ExamHall {
    /** Slot times are UTC instants; from now for 14 hours is "running" for the whole run. */
    private static final Duration LENGTH = Duration.ofHours(14);

    private ExamHall() {
    }

    /** @return the stream's id */
    static long create(Database database, List<Long> students, Clock clock) {
        // unique even when two halls are made at the same instant (a warm-up's and the storm's on a test clock)
        String run = "OA-START-" + clock.millis() + "-" + Generator.unique();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Generator gen = Generator.on(database, clock);
        long teacher = BenchRows.teacher(gen, "Examiner", 2);
        AtomicLong stream = new AtomicLong();
        gen.transaction(tx -> {
            AttestationGenerator attestation = new AttestationGenerator(tx);
            long period = BenchRows.period(tx, run, now.toLocalDate());
            long discipline = tx.discipline().code(run).named("Bench").create();
            long group = tx.group().code(run + "-G").create();
            for (long s : students) {
                tx.enrol(s, group);
            }
            stream.set(tx.stream().code(run + "-S").discipline(discipline).teacher(teacher).period(period).groups(group).create());
            attestation.exam(stream.get()).tickets(1).create();
            attestation.ticket(stream.get(), 1, "<p>Bench question</p>", teacher);
            long slot = attestation.slot(stream.get(), teacher).between(now.minusMinutes(1), now.plus(LENGTH)).create();
            for (long s : students) {
                attestation.sitting(stream.get(), s, slot).create();
            }
        });
        return stream.get();
    }
}
