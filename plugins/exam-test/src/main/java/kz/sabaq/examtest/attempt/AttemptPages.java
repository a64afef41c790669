package kz.sabaq.examtest.attempt;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExamTest common;
    private final Tests tests;
    private final Attempts attempts;

    public AttemptPages(ExamTest common, Tests tests, Attempts attempts) {
        this.common = common;
        this.tests = tests;
        this.attempts = attempts;
    }

    public View mine(Viewer viewer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Stream stream : common.courses().withTestsOf(viewer)) {
            for (TestRow t : tests.testsOf(stream.id())) {
                List<AttemptRow> mine = attempts.attemptsOf(t, viewer.userId());
                boolean passed = t.selfCheck() && mine.stream().anyMatch(a -> attempts.passed(t, a));
                AttemptRow last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
                boolean running = last != null && last.running(now());
                boolean left = t.attempts() == 0 || mine.size() < t.attempts();
                Optional<UserError> refused = t.selfCheck() ? Optional.empty()
                        : common.finalControl().refusal(stream.id(), viewer.userId());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("testId", t.id());
                row.put("discipline", stream.discipline().in(viewer.locale()));
                row.put("selfCheck", t.selfCheck());
                row.put("topic", t.topic());
                row.put("questions", t.questions());
                row.put("minutes", t.minutes());
                row.put("used", mine.size());
                row.put("attempts", t.attempts());
                row.put("passed", passed);
                row.put("running", running);
                row.put("lastId", last == null ? "" : last.id());
                row.put("notAdmitted", refused.filter(FinalControlGate::notAdmitted).isPresent());
                row.put("refused", refused.filter(e -> !FinalControlGate.notAdmitted(e))
                        .map(e -> common.texts().get(viewer.locale(), e.messageKey(), e.args())).orElse(""));
                row.put("canStart", running || t.open() && left && !passed && refused.isEmpty());
                row.put("result", last != null && last.finished() && t.showResult() && last.score() != null
                        ? last.score().toPlainString() : "");
                rows.add(row);
            }
        }
        return View.of("exam-test/mine", "exam-test.mine.title", Map.of("tests", rows));
    }

    public View attempt(Viewer viewer, AttemptRow a) {
        TestRow test = tests.test(a.testId());
        Stream stream = common.courses().ofStudent(viewer, test.streamId());
        LocalDateTime now = now();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("attemptId", a.id());
        model.put("discipline", stream.discipline().in(viewer.locale()));
        model.put("selfCheck", test.selfCheck());
        model.put("topic", test.topic());
        model.put("running", a.running(now));
        model.put("deadline", local(a.deadline()));
        model.put("remainingSeconds", Math.max(0, (Duration.between(now, a.deadline()).toMillis() + 999) / 1000));
        model.put("finished", a.finished());
        model.put("byDeadline", "deadline".equals(a.submittedBy()));
        boolean show = a.finished() && test.showResult() && a.score() != null;
        model.put("showResult", show);
        model.put("score", show ? a.score().toPlainString() : "");
        model.put("passed", test.selfCheck() && attempts.passed(test, a));
        model.put("passPercent", test.passPercent());
        if (a.running(now)) {
            model.put("items", items(a, test));
        }
        return View.of("exam-test/attempt", "exam-test.attempt.title", model);
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

    private List<Map<String, Object>> items(AttemptRow a, TestRow test) {
        List<AttemptItemRow> drawn = tests.rows().items(a.id());
        Map<Long, Item> items = attempts.itemsOf(drawn, test.streamId());
        Map<Integer, List<Long>> answers = tests.rows().answers(a.id()).stream()
                .collect(Collectors.toMap(AnswerRow::position, AnswerRow::options));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (AttemptItemRow d : drawn) {
            Item item = items.get(d.itemId());
            if (item == null) {
                continue;
            }
            Map<Long, Option> byId = item.options().stream().collect(Collectors.toMap(Option::id, o -> o));
            Set<Long> chosen = new HashSet<>(answers.getOrDefault(d.position(), List.of()));
            List<Map<String, Object>> options = d.options().stream().filter(byId::containsKey)
                    .map(id -> Map.<String, Object>of("id", id, "text", byId.get(id).text(), "checked", chosen.contains(id)))
                    .toList();
            shown.add(Map.of("position", d.position(), "text", item.text(), "multiple", d.multiple(),
                    "image", item.imageKey() != null, "options", options, "answered", !chosen.isEmpty()));
        }
        return shown;
    }

    private String local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(common.academic().timeZone()).format(TIME);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(common.clock());
    }
}
