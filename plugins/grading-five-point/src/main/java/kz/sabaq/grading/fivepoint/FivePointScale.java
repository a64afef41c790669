package kz.sabaq.grading.fivepoint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The traditional five-point scale: 5 «өте жақсы», 4 «жақсы», 3 «қанағаттанарлық», 2
 * «қанағаттанарлықсыз», converted to and from the letters of the credit technology as its table
 * (MES order No. 152) pairs them: A, A- are 5; B+, B, B- 4; C+ … D 3; FX, F 2. A cell takes a
 * mark or a letter (stored as its mark); a letter stored before the journal turned five-point reads
 * as its mark. Points convert through the letters: a mark starts where its lowest letter starts, in
 * the letter scale's bands as the institution set them, or the order's (90, 75, 50) while the
 * letter scale is not started.
 */
@Extension
public class FivePointScale implements GradingScale {
    public static final String ID = "five-point";
    /** The scale whose bands the letters' points follow (plugin grading-letter). */
    static final String LETTER_SCALE = "letter";
    private static final String BUNDLE = "grading-five-point";
    private static final LocalizedName NAME = BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".name");

    /** A mark, the letters it stands for (best first) and where the lowest of them starts by the order. */
    private record Mark(String code, List<String> letters, int orderLowest) {
        String lowestLetter() {
            return letters.get(letters.size() - 1);
        }
    }

    private static final List<Mark> MARKS = List.of(new Mark("5", List.of("A", "A-"), 90),
            new Mark("4", List.of("B+", "B", "B-"), 75), new Mark("3", List.of("C+", "C", "C-", "D+", "D"), 50),
            new Mark("2", List.of("FX", "F"), 0));
    private static final String FAILING = "2";

    private GradingScales scales;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public void started(GradingScales scales) {
        this.scales = scales;
    }

    @Override
    public List<Grade> grades() {
        return MARKS.stream().map(m -> new Grade(m.code(),
                BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".grade." + m.code()), lowest(m), null, null,
                !m.code().equals(FAILING), m.letters())).toList();
    }

    /** Where the mark's lowest letter starts: in the letter scale's bands when it is started. */
    private BigDecimal lowest(Mark m) {
        return Optional.ofNullable(scales).flatMap(s -> s.find(LETTER_SCALE)).flatMap(s -> s.grade(m.lowestLetter()))
                .map(Grade::lowestPoints).orElse(BigDecimal.valueOf(m.orderLowest()));
    }

    @Override
    public boolean takesPoints() {
        return false;
    }

    /** A mark, or a letter as its mark ({@code b+} → {@code 4}). */
    @Override
    public CellCheck check(String typed) {
        return CellCheck.code(grade(typed).or(() -> fromLetter(typed)), BUNDLE + ".error.value");
    }

    /** The mark a letter grade converts to ({@code FX} → 2), ignoring case; empty for anything else. */
    public Optional<Grade> fromLetter(String letter) {
        String l = letter == null ? "" : letter.strip();
        return MARKS.stream().filter(m -> m.letters().stream().anyMatch(l::equalsIgnoreCase)).findFirst()
                .flatMap(m -> grade(m.code()));
    }

    /** A stored letter (the journal was letter-graded before) reads as its mark; anything else as usual. */
    @Override
    public Reading read(String stored) {
        return fromLetter(stored).map(mark -> new Reading(null, mark)).orElseGet(() -> GradingScale.super.read(stored));
    }
}
