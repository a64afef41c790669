package kz.sabaq.grading.fivepoint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The traditional five-point scale: 5 «өте жақсы», 4 «жақсы», 3 «қанағаттанарлық», 2
 * «қанағаттанарлықсыз». Letters convert to it as the credit technology's table pairs them (A, A- →
 * 5; B+, B, B- → 4; C+ … D → 3; FX, F → 2) and points by the same bands.
 */
@Extension
public class FivePointScale implements GradingScale {
    public static final String ID = "five-point";
    private static final String BUNDLE = "grading-five-point";
    private static final LocalizedName NAME = BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".name");
    private static final Map<String, List<String>> LETTERS = Map.of(
            "5", List.of("A", "A-"), "4", List.of("B+", "B", "B-"),
            "3", List.of("C+", "C", "C-", "D+", "D"), "2", List.of("FX", "F"));
    private static final List<Grade> GRADES = List.of(grade("5", 90, true), grade("4", 75, true),
            grade("3", 50, true), grade("2", 0, false));

    private static Grade grade(String mark, int lowest, boolean passing) {
        return new Grade(mark, BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".grade." + mark),
                BigDecimal.valueOf(lowest), null, null, passing);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<Grade> grades() {
        return GRADES;
    }

    @Override
    public boolean takesPoints() {
        return false;
    }

    @Override
    public CellCheck check(String typed) {
        return CellCheck.code(grade(typed), BUNDLE + ".error.value");
    }

    /** The mark a letter grade converts to; empty for a code that is no letter grade. */
    public static Optional<String> fromLetter(String letter) {
        String code = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
        return LETTERS.entrySet().stream().filter(e -> e.getValue().contains(code)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The letter grades a mark stands for, best first; empty for a code that is no mark. */
    public static List<String> toLetters(String mark) {
        return LETTERS.getOrDefault(mark == null ? "" : mark.strip(), List.of());
    }
}
