package kz.sabaq.examtest.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.examtest.ExamTestSettings;

/**
 * What the regulation asks of a bank before a test may be opened (seed 002 §7.6 and §5.23.3): at
 * least {@code bankMinItems} items, each with {@code optionsPerItem} options and at least one
 * correct, the difficulty mix (each level at least its share of the minimum), and enough items of
 * each level for one student's draw. Each finding says what is missing, for the teacher.
 */
public final class BankCheck {

    /** One thing missing: an i18n key and its arguments. */
    public record Finding(String key, List<Object> args) {
        public String joined() {
            StringBuilder s = new StringBuilder(key);
            args.forEach(a -> s.append('|').append(a));
            return s.toString();
        }
    }

    private BankCheck() {
    }

    public static List<Finding> findings(List<Item> items, ExamTestSettings settings) {
        List<Finding> findings = new ArrayList<>();
        int min = settings.bankMinItems();
        if (items.size() < min) {
            findings.add(new Finding("exam-test.check.total", List.of(min, items.size(), min - items.size())));
        }
        int options = settings.optionsPerItem();
        List<String> wrongOptions = items.stream().filter(i -> i.options().size() != options).map(Item::name).toList();
        if (!wrongOptions.isEmpty()) {
            findings.add(new Finding("exam-test.check.options",
                    List.of(options, wrongOptions.size(), String.join("; ", wrongOptions.subList(0, Math.min(5, wrongOptions.size()))))));
        }
        List<String> noCorrect = items.stream().filter(i -> i.correctCount() == 0).map(Item::name).toList();
        if (!noCorrect.isEmpty()) {
            findings.add(new Finding("exam-test.check.noCorrect", List.of(noCorrect.size(), String.join("; ", noCorrect))));
        }
        DifficultyMix mix = settings.difficultyMix();
        Map<Difficulty, Integer> have = byDifficulty(items);
        Map<Difficulty, Integer> draw = mix.split(settings.questionsPerTest());
        for (Difficulty d : Difficulty.values()) {
            int need = Math.max((min * mix.percent(d) + 99) / 100, draw.get(d));
            if (have.get(d) < need) {
                findings.add(new Finding("exam-test.check.difficulty." + d.code(),
                        List.of(mix.percent(d), need, have.get(d), need - have.get(d))));
            }
        }
        return findings;
    }

    public static Map<Difficulty, Integer> byDifficulty(List<Item> items) {
        Map<Difficulty, Integer> have = new EnumMap<>(Difficulty.class);
        for (Difficulty d : Difficulty.values()) {
            have.put(d, 0);
        }
        items.forEach(i -> have.merge(i.difficulty(), 1, Integer::sum));
        return have;
    }
}
