package kz.sabaq.examtest.attempt;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.DifficultyMix;
import kz.sabaq.examtest.bank.Item;

/**
 * A student's attempts: starting one (drawing its questions, fixing its deadline), saving each answer
 * as it is given, and closing it — by the student, or at the deadline by the job or by the next
 * request that finds it expired, whichever comes first, exactly once.
 */
public final class Attempts {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final ExamTest common;
    private final Tests tests;
    private final Bank bank;
    private final TestMapper rows;
    private final JournalResult journal;

    public Attempts(ExamTest common, Tests tests, Bank bank) {
        this.common = common;
        this.tests = tests;
        this.bank = bank;
        this.rows = tests.rows();
        this.journal = new JournalResult(common, tests);
    }

    /** The student's running attempt, or a new one when the test and the attempts allowed let them. */
    public AttemptRow start(Viewer student, long testId) {
        TestRow test = tests.test(testId);
        common.courses().ofStudent(student, test.streamId());
        List<AttemptRow> mine = attemptsOf(test, student.userId());
        Optional<AttemptRow> running = mine.stream().filter(a -> a.running(now())).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        if (!test.open()) {
            throw UserError.conflict("exam-test.attempt.error.closed");
        }
        if (!test.selfCheck()) {
            common.finalControl().require(test.streamId(), student.userId());
        }
        if (test.selfCheck() && mine.stream().anyMatch(a -> passed(test, a))) {
            throw UserError.conflict("exam-test.attempt.error.passed");
        }
        if (test.attempts() > 0 && mine.size() >= test.attempts()) {
            throw UserError.conflict("exam-test.attempt.error.noneLeft", test.attempts());
        }
        List<Item> pool = bank.items(common.courses().disciplineOf(test.streamId())).stream()
                .filter(i -> !test.selfCheck() || i.topic().equals(test.topic())).toList();
        Optional<DifficultyMix> mix = test.mix().isEmpty() ? Optional.empty() : DifficultyMix.parse(test.mix());
        List<AttemptItemRow> drawn = Draw.of(pool, test.questions(), mix, new SplittableRandom(SEEDS.nextLong()))
                .orElseThrow(() -> UserError.conflict("exam-test.attempt.error.bankShrank"));
        int number = mine.size() + 1;
        LocalDateTime started = now();
        LocalDateTime byTimeLimit = started.plusMinutes(test.minutes());
        LocalDateTime deadline = test.selfCheck() ? byTimeLimit
                : common.finalControl().deadline(test.streamId(), student.userId(), byTimeLimit);
        try {
            return common.transactions().inTransaction(() -> {
                rows.insertAttempt(testId, student.userId(), number, started, deadline);
                AttemptRow a = rows.attemptsOf(testId, student.userId()).get(number - 1);
                drawn.forEach(d -> rows.insertItem(new AttemptItemRow(a.id(), d.position(), d.itemId(), d.multiple(), d.optionOrder())));
                common.audit().record(student.userId(), "exam-test.attempt.start", "et_attempt:" + a.id(),
                        Map.of("test", testId, "number", number, "deadline", a.deadline().toString()));
                return a;
            });
        } catch (RuntimeException e) {
            if (duplicate(e)) {
                // The same student pressed "Start" twice at once: the other request made the attempt.
                return attemptsOf(test, student.userId()).stream().filter(a -> a.running(now())).findFirst().orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The viewer's own attempt, closed first when its deadline has passed (on next access). */
    public AttemptRow own(Viewer student, long attemptId) {
        AttemptRow a = Optional.ofNullable(rows.attempt(attemptId)).orElseThrow(UserError::notFound);
        if (a.studentId() != student.userId()) {
            throw UserError.forbidden();
        }
        if (!a.finished() && !a.running(now())) {
            finish(a, "deadline");
            a = rows.attempt(attemptId);
        }
        return a;
    }

    /**
     * Saves one answer as it is given: the chosen options of the item at {@code position}, replacing
     * the previous choice. Refused once the attempt is submitted or its deadline has passed.
     */
    public LocalDateTime answer(Viewer student, long attemptId, int position, List<Long> chosen) {
        TestMapper.AnswerTarget target = rows.target(attemptId, position);
        if (target == null) {
            throw UserError.notFound();
        }
        if (target.studentId() != student.userId()) {
            throw UserError.forbidden();
        }
        LocalDateTime now = now();
        if (target.submittedAt() != null) {
            throw UserError.conflict("exam-test.attempt.error.submitted");
        }
        if (!now.isBefore(target.deadline())) {
            own(student, attemptId);
            throw UserError.conflict("exam-test.attempt.error.late");
        }
        List<Long> options = AttemptItemRow.ids(target.optionOrder());
        if (!new HashSet<>(options).containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()
                || !target.multiple() && chosen.size() > 1) {
            throw UserError.badRequest("exam-test.attempt.error.option");
        }
        rows.saveAnswer(attemptId, position, chosen.stream().map(String::valueOf).collect(Collectors.joining(",")), now);
        return now;
    }

    /**
     * The attempt's page is open: while the attempt runs, online attestation shows the student online
     * at the stream's final control (presence is online attestation's, as for tickets).
     */
    public void present(Viewer student, long attemptId) {
        AttemptRow a = own(student, attemptId);
        TestRow test = tests.test(a.testId());
        if (!test.selfCheck() && a.running(now())) {
            common.finalControl().present(test.streamId(), student.userId());
        }
    }

    /** The student ends the attempt before the deadline. */
    public AttemptRow submit(Viewer student, long attemptId) {
        AttemptRow a = own(student, attemptId);
        if (!a.finished()) {
            finish(a, "student");
        }
        return rows.attempt(attemptId);
    }

    /** The job: every attempt whose deadline has passed is closed and scored, even if nobody comes back to it. */
    public void closeExpired() {
        List<AttemptRow> expired = rows.expired(now());
        expired.forEach(a -> finish(a, "deadline"));
    }

    public List<AttemptRow> attemptsOf(TestRow test, long studentId) {
        return rows.attemptsOf(test.id(), studentId);
    }

    public boolean passed(TestRow test, AttemptRow a) {
        return a.finished() && a.score() != null && a.score().compareTo(BigDecimal.valueOf(test.passPercent())) >= 0;
    }

    /** The attempt's items with their bank items, for the page and for scoring. */
    public Map<Long, Item> itemsOf(List<AttemptItemRow> drawn, long streamId) {
        Map<Long, Item> all = bank.items(common.courses().disciplineOf(streamId)).stream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
        all.keySet().retainAll(drawn.stream().map(AttemptItemRow::itemId).collect(Collectors.toSet()));
        return all;
    }

    private void finish(AttemptRow a, String by) {
        TestRow test = tests.test(a.testId());
        List<AttemptItemRow> drawn = rows.items(a.id());
        Map<Integer, List<Long>> answers = rows.answers(a.id()).stream()
                .collect(Collectors.toMap(AnswerRow::position, AnswerRow::options));
        BigDecimal score = Scoring.percent(drawn, itemsOf(drawn, test.streamId()), answers, test.partialCredit());
        // The deadline is when a late attempt ended, whenever the closing runs.
        LocalDateTime at = "deadline".equals(by) ? a.deadline() : now();
        common.transactions().run(() -> {
            if (rows.finish(a.id(), at, by, score) == 1) {
                common.audit().record(a.studentId(), "exam-test.attempt.finish", "et_attempt:" + a.id(),
                        Map.of("by", by, "score", score.toPlainString(), "answers", answers.size()));
                if (!test.selfCheck()) {
                    journal.write(test, a.studentId());
                }
            }
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(common.clock());
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
