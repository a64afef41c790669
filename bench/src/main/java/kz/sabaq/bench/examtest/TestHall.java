package kz.sabaq.bench.examtest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.bench.login.BenchRows;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.examtest.testing.ExamTestGenerator;

/**
 * The data of a test-answers run, made by the tests' generators in one transaction: one stream of
 * every bench student with the letter scale as its final form, its discipline's bank of 100 items of
 * 5 options (40 easy, 40 medium, 20 hard, the first option correct) and its interim attestation test
 * open: 30 questions, 50 minutes, one attempt.
 */
final class TestHall {
    static final int QUESTIONS = 30;
    static final int MINUTES = 50;

    /** @return the open test's id */
    static long create(Database database, List<Long> students, Clock clock) {
        String run = "ET-BENCH-" + clock.millis();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Generator gen = Generator.on(database, clock);
        long teacher = BenchRows.teacher(gen, "Tester", 3);
        AtomicLong test = new AtomicLong();
        gen.transaction(tx -> {
            ExamTestGenerator exams = new ExamTestGenerator(tx);
            long period = BenchRows.period(tx, run, today);
            long discipline = tx.discipline().code(run).named("Bench").create();
            long group = tx.group().code(run + "-G").create();
            for (long s : students) {
                tx.enrol(s, group);
            }
            long stream = tx.stream().code(run + "-S").discipline(discipline).teacher(teacher).period(period)
                    .groups(group).finalForm("letter").create();
            exams.bank(discipline, teacher, "Bench", 40, 40, 20);
            test.set(exams.test(stream, teacher).questions(QUESTIONS).minutes(MINUTES).create());
        });
        return test.get();
    }

    private TestHall() {
    }
}
