package kz.sabaq.examtest.attempt;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.FinalControlGate;
import kz.sabaq.examtest.bank.Item;
import kz.sabaq.examtest.bank.Option;

/** The student's pages: the list of their tests, and an attempt (running, or its result when shown). */
public final class AttemptPages {
    private final ExamTest common;
    private final Tests tests;
    private final Attempts attempts;

    public AttemptPages(ExamTest common, Tests tests, Attempts attempts) {
        this.common = common;
        this.tests = tests;
        this.attempts = attempts;
    }

    /** The student's tests: its components are the template's keys. */
    public record MineModel(List<TestCard> tests) {
    }

    /**
     * One test on the student's list: the rules, attempts used of those allowed, whether the student
     * is refused (not admitted, or another reason in {@code refused}), may start or continue
     * ({@code lastId} is the running attempt's) and the last result where the test shows it.
     */
    public record TestCard(long testId, String discipline, boolean selfCheck, String topic, int questions, int minutes,
                           int used, int attempts, boolean passed, boolean running, String lastId,
                           boolean notAdmitted, String refused, boolean canStart, String result) {
    }

    /**
     * An attempt: running with its questions, the deadline in the institution's time and the
     * seconds left, or finished with the score where the test shows it.
     */
    public record AttemptModel(long attemptId, String discipline, boolean selfCheck, String topic, boolean running,
                               String deadline, long remainingSeconds, boolean finished, boolean byDeadline,
                               boolean showResult, String score, boolean passed, int passPercent,
                               List<Question> items) {
    }

    /** A drawn question at its position, with its options in the attempt's order and whether it is answered. */
    public record Question(int position, String text, boolean multiple, boolean image, List<Choice> options,
                           boolean answered) {
    }

    /** An option of a question, checked when the student chose it. */
    public record Choice(long id, String text, boolean checked) {
    }

    public View mine(Viewer viewer) {
        List<TestCard> cards = new ArrayList<>();
        for (Stream stream : common.courses().withTestsOf(viewer)) {
            for (TestRow t : tests.testsOf(stream.id())) {
                List<AttemptRow> mine = attempts.attemptsOf(t, viewer.userId());
                boolean passed = t.selfCheck() && mine.stream().anyMatch(a -> attempts.passed(t, a));
                AttemptRow last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
                boolean running = last != null && last.running(now());
                boolean left = t.attempts() == 0 || mine.size() < t.attempts();
                Optional<UserError> refused = t.selfCheck() ? Optional.empty()
                        : common.finalControl().refusal(stream.id(), viewer.userId());
                cards.add(new TestCard(t.id(), stream.discipline().in(viewer.locale()), t.selfCheck(), t.topic(),
                        t.questions(), t.minutes(), mine.size(), t.attempts(), passed, running,
                        last == null ? "" : String.valueOf(last.id()),
                        refused.filter(FinalControlGate::notAdmitted).isPresent(),
                        refused.filter(e -> !FinalControlGate.notAdmitted(e))
                                .map(e -> common.texts().get(viewer.locale(), e.messageKey(), e.args())).orElse(""),
                        running || t.open() && left && !passed && refused.isEmpty(),
                        last != null && last.finished() && t.showResult() && last.score() != null
                                ? last.score().toPlainString() : ""));
            }
        }
        return View.of("exam-test/mine", "exam-test.mine.title", new MineModel(cards));
    }

    public View attempt(Viewer viewer, AttemptRow a) {
        TestRow test = tests.test(a.testId());
        Stream stream = common.courses().ofStudent(viewer, test.streamId());
        LocalDateTime now = now();
        boolean show = a.finished() && test.showResult() && a.score() != null;
        return View.of("exam-test/attempt", "exam-test.attempt.title", new AttemptModel(a.id(),
                stream.discipline().in(viewer.locale()), test.selfCheck(), test.topic(), a.running(now),
                local(a.deadline()), Math.max(0, (Duration.between(now, a.deadline()).toMillis() + 999) / 1000),
                a.finished(), "deadline".equals(a.submittedBy()), show, show ? a.score().toPlainString() : "",
                test.selfCheck() && attempts.passed(test, a), test.passPercent(),
                a.running(now) ? items(a, test) : List.of()));
    }

    /** The bank item drawn at the position of the attempt. */
    public Item item(AttemptRow a, int position) {
        TestRow test = tests.test(a.testId());
        AttemptItemRow drawn = tests.rows().items(a.id()).stream().filter(d -> d.position() == position).findFirst()
                .orElseThrow(UserError::notFound);
        Item item = attempts.itemsOf(List.of(drawn), test.streamId()).get(drawn.itemId());
        if (item == null) {
            throw UserError.notFound();
        }
        return item;
    }

    private List<Question> items(AttemptRow a, TestRow test) {
        List<AttemptItemRow> drawn = tests.rows().items(a.id());
        Map<Long, Item> items = attempts.itemsOf(drawn, test.streamId());
        Map<Integer, List<Long>> answers = tests.rows().answers(a.id()).stream()
                .collect(Collectors.toMap(AnswerRow::position, AnswerRow::options));
        List<Question> shown = new ArrayList<>();
        for (AttemptItemRow d : drawn) {
            Item item = items.get(d.itemId());
            if (item == null) {
                continue;
            }
            Map<Long, Option> byId = item.options().stream().collect(Collectors.toMap(Option::id, o -> o));
            Set<Long> chosen = new HashSet<>(answers.getOrDefault(d.position(), List.of()));
            List<Choice> options = d.options().stream().filter(byId::containsKey)
                    .map(id -> new Choice(id, byId.get(id).text(), chosen.contains(id))).toList();
            shown.add(new Question(d.position(), item.text(), d.multiple(), item.imageKey() != null, options,
                    !chosen.isEmpty()));
        }
        return shown;
    }

    private String local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(common.academic().timeZone()).format(ExamTest.SHOWN);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(common.clock());
    }
}
