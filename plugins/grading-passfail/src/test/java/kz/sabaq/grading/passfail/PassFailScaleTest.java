package kz.sabaq.grading.passfail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.MemorySettings;
import org.junit.jupiter.api.Test;

/** "Сынақтан өту": two grades, and points convert at the pass mark. */
class PassFailScaleTest {

    static PassFailScale configured(Map<String, ?> values) {
        PassFailScale scale = new PassFailScale();
        scale.configure(new MemorySettings(scale.settings(), values));
        return scale;
    }

    @Test
    void aCellTakesPassedOrNotPassedOnly() {
        PassFailScale scale = configured(Map.of());
        assertFalse(scale.takesPoints(), "the journal offers a choice");
        assertEquals(Journals.PASSED, scale.check("passed").value());
        assertEquals(Journals.FAILED, scale.check(" failed ").value());
        for (String bad : new String[] {"FX", "85", "A-", "зачтено"}) {
            assertTrue(scale.check(bad).isRefused(), bad);
        }
        assertEquals("Сынақтан өтті", scale.grade("passed").orElseThrow().name().in(Locale.forLanguageTag("kk")));
        assertEquals("Не зачтено", scale.grade("failed").orElseThrow().name().in(Locale.forLanguageTag("ru")));
    }

    @Test
    void pointsConvertAtThePassMarkASettingMayMove() {
        assertEquals(Journals.PASSED, configured(Map.of()).fromPoints(new BigDecimal("50")).map(Grade::code).orElseThrow());
        assertEquals(Journals.FAILED, configured(Map.of()).fromPoints(new BigDecimal("49.99")).map(Grade::code).orElseThrow());
        assertEquals(Journals.FAILED, configured(Map.of(PassFailScale.PASS_MARK, 70)).fromPoints(new BigDecimal("69"))
                .map(Grade::code).orElseThrow());
    }
}
