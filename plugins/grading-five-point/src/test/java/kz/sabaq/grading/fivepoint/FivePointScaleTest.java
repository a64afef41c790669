package kz.sabaq.grading.fivepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.grading.Reading;
import org.junit.jupiter.api.Test;

/**
 * The five-point scale and its conversion to and from the letters of the credit technology (the
 * regulation's table: A, A- excellent; B+, B, B- good; C+ … D satisfactory; FX, F unsatisfactory).
 */
class FivePointScaleTest {
    final FivePointScale scale = new FivePointScale();

    @Test
    void aCellTakesAMarkFromTwoToFive() {
        assertFalse(scale.takesPoints());
        assertEquals("4", scale.check(" 4 ").value());
        for (String bad : new String[] {"1", "6", "85", "4.5", "A+", "E", "I", ""}) {
            assertTrue(scale.check(bad).isRefused(), bad);
            assertEquals("grading-five-point.error.value", scale.check(bad).refusalKey());
        }
        assertEquals("3 (қанағаттанарлық)", scale.read("3").grade().name().in(Locale.forLanguageTag("kk")));
        assertFalse(scale.grade("2").orElseThrow().passing());
    }

    @Test
    void aLetterIsTakenAsTheMarkTheRegulationsTablePairsItWith() {
        Map<String, String> table = Map.ofEntries(Map.entry("A", "5"), Map.entry("A-", "5"), Map.entry("B+", "4"),
                Map.entry("B", "4"), Map.entry("B-", "4"), Map.entry("C+", "3"), Map.entry("C", "3"),
                Map.entry("C-", "3"), Map.entry("D+", "3"), Map.entry("D", "3"), Map.entry("FX", "2"),
                Map.entry("F", "2"));
        table.forEach((letter, mark) -> {
            assertEquals(mark, scale.check(letter).value(), letter);
            assertEquals(mark, scale.check(" " + letter.toLowerCase(Locale.ROOT) + " ").value(), letter);
        });
        assertFalse(scale.fromLetter("FX").orElseThrow().passing(), "FX is unsatisfactory");
    }

    @Test
    void aStoredLetterReadsAsItsMark() {
        Reading carried = scale.read("B-");
        assertNull(carried.points());
        assertEquals("4", carried.grade().code());
        assertEquals("5", scale.read("5").grade().code());
        assertEquals(new BigDecimal("86"), scale.read("86").points(), "points stay points");
        assertEquals("4", scale.read("86").grade().code());
    }

    @Test
    void eachMarkStandsForItsLetters() {
        assertEquals(List.of(List.of("A", "A-"), List.of("B+", "B", "B-"), List.of("C+", "C", "C-", "D+", "D"),
                List.of("FX", "F")), scale.grades().stream().map(Grade::letters).toList());
    }

    @Test
    void pointsConvertByTheOrdersBandsWhileNoLetterScaleIsStarted() {
        assertEquals("5", mark("90"));
        assertEquals("4", mark("89.99"));
        assertEquals("4", mark("75"));
        assertEquals("3", mark("74"));
        assertEquals("3", mark("50"));
        assertEquals("2", mark("49"));
    }

    @Test
    void pointsFollowTheLetterBandsTheInstitutionSet() {
        scale.started(registry(letters(Map.of("A-", 92, "B-", 73, "D", 50, "F", 0))));
        assertEquals("4", mark("91"), "A- starts at 92");
        assertEquals("5", mark("92"));
        assertEquals("4", mark("73"), "B- starts at 73");
        assertEquals(List.of(92, 73, 50, 0),
                scale.grades().stream().map(g -> g.lowestPoints().intValue()).toList());
    }

    private String mark(String points) {
        return scale.fromPoints(new BigDecimal(points)).map(Grade::code).orElseThrow();
    }

    /** A letter scale whose grades are the given letters, each from the given points. */
    private static GradingScale letters(Map<String, Integer> lowest) {
        return new GradingScale() {
            @Override
            public String id() {
                return "letter";
            }

            @Override
            public LocalizedName name() {
                return new LocalizedName("Әріптік", "Буквенная", "Letter");
            }

            @Override
            public List<Grade> grades() {
                return lowest.entrySet().stream().map(e -> new Grade(e.getKey(),
                        new LocalizedName(e.getKey(), e.getKey(), e.getKey()), BigDecimal.valueOf(e.getValue()), null,
                        null, e.getValue() > 0)).toList();
            }

            @Override
            public CellCheck check(String typed) {
                return CellCheck.code(grade(typed), "letter.error");
            }
        };
    }

    private static GradingScales registry(GradingScale... scales) {
        return new GradingScales() {
            @Override
            public List<GradingScale> all() {
                return List.of(scales);
            }

            @Override
            public Optional<GradingScale> find(String id) {
                return all().stream().filter(s -> s.id().equals(id)).findFirst();
            }
        };
    }
}
