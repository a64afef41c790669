package kz.sabaq.examtest.attempt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.attestation.FinalControlTest;
import kz.sabaq.examtest.ExamTest;

/**
 * A stream's final test as online attestation's "conducted as: test" sees it (plugin-api
 * {@link FinalControlTest}): where the student stands, and the start route the student's final
 * control page posts to. Starting goes through {@link Attempts#start}, which checks the slot and
 * admission again.
 */
public final class StreamFinalTest implements FinalControlTest {
    private final ExamTest common;
    private final Tests tests;
    private final Attempts attempts;

    public StreamFinalTest(ExamTest common, Tests tests, Attempts attempts) {
        this.common = common;
        this.tests = tests;
        this.attempts = attempts;
    }

    @Override
    public Standing standing(long streamId, long studentId) {
        Optional<TestRow> test = tests.finalTest(streamId);
        if (test.isEmpty()) {
            return Standing.NOT_OPEN;
        }
        List<AttemptRow> mine = attempts.attemptsOf(test.get(), studentId);
        LocalDateTime now = LocalDateTime.now(common.clock());
        if (mine.stream().anyMatch(a -> a.running(now))) {
            return Standing.RUNNING;
        }
        if (test.get().attempts() > 0 && mine.size() >= test.get().attempts()) {
            return Standing.FINISHED;
        }
        return test.get().open() ? Standing.READY : Standing.NOT_OPEN;
    }

    @Override
    public Optional<String> startPath(long streamId) {
        return tests.finalTest(streamId).map(t -> "/exam-test/tests/" + t.id() + "/start");
    }
}
