package kz.sabaq.examtest.attempt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestSettings;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.BankCheck;
import kz.sabaq.examtest.bank.Item;

/**
 * Opening and closing a stream's tests. The server refuses to open the final test while the bank
 * misses what the regulation asks (the same findings the teacher sees) or the journal has no final
 * attestation form a test's points can be written in; a self-check test needs its topic to have at
 * least the fewest questions of a self-check test.
 */
public final class Tests {
    private final ExamTest common;
    private final Bank bank;
    private final TestMapper rows;

    public Tests(ExamTest common, Bank bank) {
        this.common = common;
        this.bank = bank;
        this.rows = common.wiring().mapper(TestMapper.class);
    }

    public TestMapper rows() {
        return rows;
    }

    public TestRow test(long id) {
        return Optional.ofNullable(rows.test(id)).orElseThrow(UserError::notFound);
    }

    public Optional<TestRow> finalTest(long streamId) {
        return Optional.ofNullable(rows.testOf(streamId, TestRow.FINAL, ""));
    }

    public List<TestRow> testsOf(long streamId) {
        return rows.testsOfStream(streamId);
    }

    /** What stands in the way of opening the stream's final test; empty when it may be opened. */
    public List<BankCheck.Finding> readiness(long streamId) {
        List<BankCheck.Finding> findings = new ArrayList<>(
                BankCheck.findings(bank.items(common.courses().disciplineOf(streamId)), common.settings()));
        if (scale(streamId).isEmpty()) {
            findings.add(new BankCheck.Finding("exam-test.check.journalForm", List.of()));
        }
        return findings;
    }

    /** The journal's scale, when a test's result can be written with it (a single grade, no written/oral parts). */
    public Optional<GradingScale> scale(long streamId) {
        return common.journals().settings(streamId).map(JournalSettings::finalForm)
                .flatMap(common.scales()::find).filter(s -> s.parts().isEmpty());
    }

    public void openFinal(Viewer viewer, long streamId) {
        common.courses().editable(viewer, streamId);
        openFinal(streamId, viewer.userId());
    }

    /** Opens the final test for {@code by}, whose right to has been checked (or the demo's teacher). */
    public void openFinal(long streamId, long by) {
        if (!readiness(streamId).isEmpty()) {
            throw UserError.conflict("exam-test.test.error.notReady");
        }
        ExamTestSettings s = common.settings();
        insert(new TestRow(0, streamId, TestRow.FINAL, "", s.questionsPerTest(), s.timeLimitMinutes(), s.attempts(),
                s.difficultyMix().toString(), s.partialCredit(), 0, s.showResult(), by, now(), null));
    }

    /** Self-check tests (seed 004): 8–10 questions of the topic, attempts until passed, never in the journal. */
    public void openSelfCheck(Viewer viewer, long streamId, String topic) {
        common.courses().editable(viewer, streamId);
        openSelfCheck(streamId, topic, viewer.userId());
    }

    public void openSelfCheck(long streamId, String topic, long by) {
        ExamTestSettings s = common.settings();
        if (!s.selfCheck()) {
            throw UserError.conflict("exam-test.self.error.off");
        }
        List<Item> items = bank.items(common.courses().disciplineOf(streamId)).stream()
                .filter(i -> i.topic().equals(topic)).toList();
        if (items.size() < s.selfCheckMinQuestions()) {
            throw UserError.conflict("exam-test.self.error.few", topic, s.selfCheckMinQuestions(), items.size());
        }
        int questions = Math.min(items.size(), s.selfCheckMaxQuestions());
        insert(new TestRow(0, streamId, TestRow.SELF, topic, questions, s.selfCheckMinutes(), 0, "", s.partialCredit(),
                s.selfCheckPassPercent(), true, by, now(), null));
    }

    private void insert(TestRow test) {
        TestRow existing = rows.testOf(test.streamId(), test.kind(), test.topic());
        if (existing != null) {
            if (existing.open()) {
                throw UserError.conflict("exam-test.test.error.open");
            }
            rows.reopen(existing.id());
        } else {
            rows.insertTest(test);
        }
        common.audit().record(test.openedBy(), "exam-test.test.open", "stream:" + test.streamId(),
                Map.of("kind", test.kind(), "topic", test.topic(), "questions", test.questions(), "minutes", test.minutes()));
    }

    /** No new attempt starts; attempts already running go on to their deadline. */
    public void close(Viewer viewer, long testId) {
        TestRow test = test(testId);
        common.courses().editable(viewer, test.streamId());
        if (rows.close(testId, now()) == 1) {
            common.audit().record(viewer.userId(), "exam-test.test.close", "et_test:" + testId, Map.of());
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(common.clock());
    }
}
