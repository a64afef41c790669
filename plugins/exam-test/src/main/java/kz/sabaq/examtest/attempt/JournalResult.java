package kz.sabaq.examtest.attempt;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.examtest.ExamTest;

/**
 * Writes a final test's result into the stream's journal through its grading scale: the best finished
 * attempt's percentage as points where the scale takes points, else the grade those points earn.
 */
final class JournalResult {
    static final String SOURCE = "exam-test";

    private final ExamTest common;
    private final Tests tests;

    JournalResult(ExamTest common, Tests tests) {
        this.common = common;
        this.tests = tests;
    }

    void write(TestRow test, long studentId) {
        Optional<BigDecimal> best = tests.rows().attemptsOf(test.id(), studentId).stream()
                .filter(AttemptRow::finished).map(AttemptRow::score).filter(s -> s != null).max(BigDecimal::compareTo);
        Optional<GradingScale> scale = tests.scale(test.streamId());
        if (best.isEmpty() || scale.isEmpty()) {
            common.audit().record(null, "exam-test.journal.skipped", "et_test:" + test.id(),
                    Map.of("student", studentId, "reason", best.isEmpty() ? "no score" : "no single-grade scale"));
            return;
        }
        String typed = scale.get().takesPoints() ? best.get().stripTrailingZeros().toPlainString()
                : scale.get().fromPoints(best.get()).map(Grade::code).orElse("");
        CellCheck check = scale.get().check(typed);
        if (check.isRefused()) {
            common.audit().record(null, "exam-test.journal.skipped", "et_test:" + test.id(),
                    Map.of("student", studentId, "reason", check.refusalKey()));
            return;
        }
        try {
            common.journals().setGrade(test.streamId(), studentId, Journals.FINAL, check.value(), SOURCE, test.openedBy());
        } catch (UserError refused) {
            // The journal refuses (e.g. its final form changed meanwhile): the score stays on the attempt.
            common.audit().record(null, "exam-test.journal.skipped", "et_test:" + test.id(),
                    Map.of("student", studentId, "reason", refused.messageKey()));
        }
    }
}
