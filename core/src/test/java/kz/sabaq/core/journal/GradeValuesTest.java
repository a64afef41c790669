package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.sabaq.api.journal.FinalForm;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import org.junit.jupiter.api.Test;

/** What a cell may hold, and which columns a journal has. */
class GradeValuesTest {

    static String points(String raw) {
        return GradeValues.normalize(raw, false, "Ким Алина", "admission");
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
        for (String bad : new String[] {"100.01", "-1", "50.125", "abc", "1e3", "NaN"}) {
            UserError e = assertThrows(UserError.class, () -> points(bad), bad);
            assertEquals("core-journal.error.points", e.messageKey());
            assertEquals("Ким Алина", e.args()[0]);
        }
    }

    @Test
    void passFailCellsTakeOnlyTheTwoKeywords() {
        assertEquals(Journals.PASSED, GradeValues.normalize("passed", true, "A", "final"));
        assertEquals(Journals.FAILED, GradeValues.normalize("failed", true, "A", "final"));
        assertThrows(UserError.class, () -> GradeValues.normalize("85", true, "A", "final"));
        assertTrue(GradeColumns.passFail(FinalForm.PASS_FAIL, Journals.FINAL));
        assertFalse(GradeColumns.passFail(FinalForm.PASS_FAIL, GradeColumns.ADMISSION));
    }

    @Test
    void theColumnsFollowTheFinalFormAndAddEveryKindAModuleWrote() {
        assertEquals(java.util.List.of("admission", "final"), GradeColumns.of(null, java.util.Set.of()));
        assertEquals(java.util.List.of("admission", "final.written", "final.oral", "final"),
                GradeColumns.of(FinalForm.WRITTEN_ORAL, java.util.Set.of()));
        assertEquals(java.util.List.of("admission", "final", "midterm.1", "midterm.2"),
                GradeColumns.of(FinalForm.ORAL, java.util.Set.of("midterm.2", "midterm.1", "final")));
        assertTrue(GradeColumns.isFinal("final.oral"));
        assertFalse(GradeColumns.isFinal("finalist"));
    }
}
