package kz.sabaq.grading.fivepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import kz.sabaq.api.grading.Grade;
import org.junit.jupiter.api.Test;

/** The five-point scale and its conversion from points by the letter bands. */
class FivePointScaleTest {
    final FivePointScale scale = new FivePointScale();

    @Test
    void aCellTakesAMarkFromTwoToFive() {
        assertFalse(scale.takesPoints());
        assertEquals("4", scale.check(" 4 ").value());
        for (String bad : new String[] {"1", "6", "85", "A-", "FX", "4.5"}) {
            assertTrue(scale.check(bad).isRefused(), bad);
        }
        assertEquals("3 (қанағаттанарлық)", scale.read("3").grade().name().in(Locale.forLanguageTag("kk")));
        assertFalse(scale.grade("2").orElseThrow().passing());
    }

    @Test
    void pointsConvertByTheLetterBands() {
        assertEquals("5", mark("90"));
        assertEquals("4", mark("89.99"));
        assertEquals("4", mark("75"));
        assertEquals("3", mark("50"));
        assertEquals("2", mark("49"));
    }

    private String mark(String points) {
        return scale.fromPoints(new BigDecimal(points)).map(Grade::code).orElseThrow();
    }
}
