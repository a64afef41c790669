package kz.sabaq.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IinTest {

    @Test
    void checkDigitIsTheWeightedSumModEleven() {
        // 8,0,0,1,0,1,3,0,0,0,0 × 1..11 = 8+0+0+4+0+6+21+0+0+0+0 = 39; 39 mod 11 = 6
        assertEquals(6, Iin.checkDigit("80010130000"));
        assertTrue(Iin.isValid("800101300006"));
    }

    @Test
    void whenFirstSumGivesTenTheSecondWeightsDecide() {
        // 0,0,0,0,0,0,0,0,0,0,1 × 1..11 = 11 → 0 ; find a case with 10: digit 10 at weight 10 → "00000000010"
        // 1×10 = 10 → second weights: 1×1 = 1
        assertEquals(1, Iin.checkDigit("00000000010"));
        assertTrue(Iin.isValid("000000000101"));
    }

    @Test
    void whenBothSumsGiveTenTheNumberIsInvalid() {
        // search the 11-digit prefixes for one where both sums are 10
        String none = null;
        for (int i = 0; i < 100_000 && none == null; i++) {
            String p = String.format("%011d", i);
            if (Iin.checkDigit(p) == null) {
                none = p;
            }
        }
        assertTrue(none != null, "some prefix has no valid check digit");
        for (int d = 0; d <= 9; d++) {
            assertFalse(Iin.isValid(none + d));
        }
    }

    @Test
    void wrongCheckDigitIsRefusedWithItsOwnMessage() {
        assertEquals(Optional.of("core.iin.checkDigit"), Iin.problem("800101300007"));
    }

    @Test
    void anythingButTwelveDigitsIsAFormatProblem() {
        assertEquals(Optional.of("core.iin.format"), Iin.problem("80010130000"));
        assertEquals(Optional.of("core.iin.format"), Iin.problem("8001013000061"));
        assertEquals(Optional.of("core.iin.format"), Iin.problem("80010130000a"));
        assertEquals(Optional.of("core.iin.format"), Iin.problem(null));
    }
}
