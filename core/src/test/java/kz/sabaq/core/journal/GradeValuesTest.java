package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.testing.MemorySettings;
import kz.sabaq.core.testing.TenPointScale;
import kz.sabaq.core.testing.TestScales;
import org.junit.jupiter.api.Test;

/** What a cell may hold, which columns a journal has, and how the final grade is counted. */
class GradeValuesTest {
    static final GradeValues VALUES = new GradeValues(
            TestScales.of(TestScales.points(), TestScales.writtenOral(), new TenPointScale()));

    static String points(String raw) {
        return VALUES.normalize(raw, "ten-point", "admission", "Ким Алина");
    }

    @Test
    void pointsAreStoredInOneSpellingWithACommaOrAPoint() {
        assertEquals("85.5", points("85,5"));
        assertEquals("85.5", points(" 85.50 "));
        assertEquals("100", points("100.00"));
        assertEquals("0", points("0.0"));
        assertEquals("", points("  "), "an empty cell clears the grade");
    }

    @Test
    void pointsOutsideZeroToHundredOrWithThreeDecimalsAreRefusedNamingTheCell() {
        for (String bad : new String[] {"100.01", "-1", "50.125", "abc", "1e3", "NaN", "A-", "FX"}) {
            UserError e = assertThrows(UserError.class, () -> points(bad), bad);
            assertEquals("core-journal.error.points", e.messageKey());
            assertEquals("Ким Алина", e.args()[0]);
        }
    }

    @Test
    void theFinalCellGoesThroughTheJournalsScale() {
        assertEquals("7", VALUES.normalize(" 7 ", "ten-point", Journals.FINAL, "A"));
        UserError refused = assertThrows(UserError.class, () -> VALUES.normalize("85", "ten-point", Journals.FINAL, "A"));
        assertEquals("grading-ten-point.error.value", refused.messageKey());
        assertEquals("85", VALUES.normalize("85", "points", Journals.FINAL, "A"));
        assertThrows(UserError.class, () -> VALUES.normalize("101", "points", Journals.FINAL, "A"));
        assertEquals("60", VALUES.normalize("60", null, Journals.FINAL, "A"), "points while no form is chosen");
        assertEquals("60", VALUES.normalize("60", "not-installed", Journals.FINAL, "A"),
                "points while the form's plugin is off");
    }

    @Test
    void theColumnsFollowTheScaleAndAddEveryKindAModuleWrote() {
        assertEquals(List.of("admission", "final", "result"), GradeColumns.of(Optional.empty(), Set.of()));
        assertEquals(List.of("admission", "final.written", "final.oral", "final", "result"),
                GradeColumns.of(Optional.of(TestScales.writtenOral()), Set.of()));
        assertEquals(List.of("admission", "final", "midterm.1", "midterm.2"),
                GradeColumns.of(Optional.of(new TenPointScale()), Set.of("midterm.2", "midterm.1", "final")),
                "no computed final grade when the final control is not in points");
        assertTrue(GradeColumns.isFinal("final.oral"));
        assertFalse(GradeColumns.isFinal("finalist"));
        assertTrue(GradeColumns.computed(FinalGrade.KIND));
    }

    @Test
    void theFinalGradeIsTheWeightedSumOfAdmissionAndExam() {
        FinalGrade byDefault = new FinalGrade(new MemorySettings(JournalModule.SETTINGS, Map.of()));
        assertEquals("84", byDefault.of("80", "90").orElseThrow().toPlainString(), "0.6 × 80 + 0.4 × 90");
        assertEquals("74.53", byDefault.of("70.55", "80.5").orElseThrow().toPlainString());
        FinalGrade half = new FinalGrade(new MemorySettings(JournalModule.SETTINGS, Map.of("admissionWeight", 50)));
        assertEquals("85", half.of("80", "90").orElseThrow().toPlainString());
        assertTrue(byDefault.of("80", "").isEmpty(), "no final grade without the exam");
        assertTrue(byDefault.of("80", Journals.PASSED).isEmpty(), "nor for a grade that is not points");
    }
}
