package kz.sabaq.grading.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.core.testing.MemorySettings;
import org.junit.jupiter.api.Test;

/** The credit technology's table (MES order No. 152) and the bands an institution may move. */
class LetterScaleTest {
    static final Locale KK = Locale.forLanguageTag("kk");

    static LetterScale configured(Map<String, ?> bands) {
        LetterScale scale = new LetterScale();
        scale.configure(new MemorySettings(scale.settings(), bands));
        return scale;
    }

    static String letter(LetterScale scale, String points) {
        return scale.fromPoints(new BigDecimal(points)).map(Grade::code).orElse(null);
    }

    @Test
    void everyBandOfTheOrdersTableHasItsLetterGpaAndTraditionalGrade() {
        LetterScale scale = configured(Map.of());
        String[][] table = {
            {"100", "A", "4.0", "өте жақсы"}, {"95", "A", "4.0", "өте жақсы"}, {"94.99", "A-", "3.67", "өте жақсы"},
            {"90", "A-", "3.67", "өте жақсы"}, {"89", "B+", "3.33", "жақсы"}, {"85", "B+", "3.33", "жақсы"},
            {"84", "B", "3.0", "жақсы"}, {"80", "B", "3.0", "жақсы"}, {"79", "B-", "2.67", "жақсы"},
            {"75", "B-", "2.67", "жақсы"}, {"74", "C+", "2.33", "қанағаттанарлық"}, {"70", "C+", "2.33", "қанағаттанарлық"},
            {"69", "C", "2.0", "қанағаттанарлық"}, {"65", "C", "2.0", "қанағаттанарлық"},
            {"64", "C-", "1.67", "қанағаттанарлық"}, {"60", "C-", "1.67", "қанағаттанарлық"},
            {"59", "D+", "1.33", "қанағаттанарлық"}, {"55", "D+", "1.33", "қанағаттанарлық"},
            {"54", "D", "1.0", "қанағаттанарлық"}, {"50", "D", "1.0", "қанағаттанарлық"},
            {"49.99", "FX", "0.5", "қанағаттанарлықсыз"}, {"25", "FX", "0.5", "қанағаттанарлықсыз"},
            {"24", "F", "0", "қанағаттанарлықсыз"}, {"0", "F", "0", "қанағаттанарлықсыз"}};
        for (String[] row : table) {
            Reading r = scale.read(row[0]);
            assertEquals(row[1], r.grade().code(), row[0]);
            assertEquals(new BigDecimal(row[2]), r.grade().gpa(), row[0]);
            assertEquals(row[3], r.grade().traditional().in(KK), row[0]);
        }
        assertEquals("excellent", scale.read("97").grade().traditional().in(Locale.ENGLISH));
        assertEquals("удовлетворительно", scale.read("51").grade().traditional().in(Locale.forLanguageTag("ru")));
    }

    @Test
    void onlyDAndAboveArePassing() {
        List<String> failing = configured(Map.of()).grades().stream().filter(g -> !g.passing()).map(Grade::code).toList();
        assertEquals(List.of("FX", "F"), failing);
    }

    @Test
    void aCellTakesPointsOrALetterAndNothingElse() {
        LetterScale scale = configured(Map.of());
        assertEquals("85.5", scale.check("85,50").value());
        assertEquals("A-", scale.check("a-").value(), "a letter in its one spelling");
        assertEquals("FX", scale.check("FX").value());
        for (String bad : new String[] {"101", "-1", "50.125", "E", "A+", "отлично"}) {
            assertTrue(scale.check(bad).isRefused(), bad);
            assertEquals("grading-letter.error.value", scale.check(bad).refusalKey());
        }
        assertNull(scale.read("A-").points(), "a letter typed has no points");
        assertEquals(new BigDecimal("3.67"), scale.read("A-").grade().gpa());
    }

    @Test
    void theInstitutionMovesTheBandsBySettings() {
        LetterScale scale = configured(Map.of("A-", 92, "FX", 30));
        assertEquals("B+", letter(scale, "91"));
        assertEquals("A-", letter(scale, "92"));
        assertEquals("F", letter(scale, "29"));
        assertEquals("FX", letter(scale, "30"));
        assertFalse(scale.settings().stream().anyMatch(d -> d.key().equals("F")), "F always starts at 0");
    }
}
