package kz.sabaq.examtest.attempt;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.examtest.ExamTest;
import kz.sabaq.examtest.ExamTestModule;
import kz.sabaq.examtest.FinalControlGate;

/**
 * A student's tests on the cabinet, as "My tests" offers them: an attempt under way (a button back
 * into it), or an open test the student may still start; a final test the admission rules close is
 * shown with the warning, as on "My tests".
 */
public final class TestsOnCabinet implements TodayItems {
    private final ExamTest common;
    private final Tests tests;
    private final Attempts attempts;

    public TestsOnCabinet(ExamTest common, Tests tests, Attempts attempts) {
        this.common = common;
        this.tests = tests;
        this.attempts = attempts;
    }

    @Override
    public List<TodayItem> of(Viewer viewer, Instant now) {
        if (!viewer.can(ExamTestModule.TAKE)) {
            return List.of();
        }
        LocalDateTime at = LocalDateTime.ofInstant(now, common.clock().getZone());
        Locale locale = viewer.locale();
        List<TodayItem> items = new ArrayList<>();
        for (Stream stream : common.courses().withTestsOf(viewer)) {
            for (TestRow t : tests.testsOf(stream.id())) {
                List<AttemptRow> mine = attempts.attemptsOf(t, viewer.userId());
                AttemptRow last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
                String title = stream.discipline().in(locale) + (t.selfCheck() ? " — " + t.topic() : "");
                if (last != null && last.running(at)) {
                    items.add(new TodayItem(TodayItem.Kind.EXAM, null, null, title,
                            common.texts().get(locale, "exam-test.results.state.running"),
                            "/exam-test/attempts/" + last.id(), common.texts().get(locale, "exam-test.mine.continue"), null));
                    continue;
                }
                boolean left = t.attempts() == 0 || mine.size() < t.attempts();
                boolean passed = t.selfCheck() && mine.stream().anyMatch(a -> attempts.passed(t, a));
                if (!t.open() || !left || passed) {
                    continue;
                }
                // the final control's gate (several reads) only for a test there is still to take
                Optional<UserError> refused = t.selfCheck() ? Optional.empty()
                        : common.finalControl().refusal(stream.id(), viewer.userId());
                // a final control held by ticket or task has no test to take: nothing to offer
                boolean noTest = refused.filter(e -> FinalControlGate.NOT_TEST_FORM.equals(e.messageKey())).isPresent();
                if (!noTest) {
                    String warning = refused.map(e -> FinalControlGate.notAdmitted(e)
                            ? common.texts().get(locale, "exam-test.mine.notAdmitted")
                            : common.texts().get(locale, e.messageKey(), e.args())).orElse(null);
                    items.add(new TodayItem(TodayItem.Kind.EXAM, null, null, title,
                            common.texts().get(locale, "exam-test.mine.rules", t.questions(), t.minutes()),
                            "/exam-test/mine", common.texts().get(locale, "exam-test.menu.mine"), warning));
                }
            }
        }
        return items;
    }
}
