package kz.sabaq.grading.writtenoral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.MemorySettings;
import org.junit.jupiter.api.Test;

/** Written and oral parts, their total by the configured weights. */
class WrittenOralScaleTest {

    static WrittenOralScale configured(Map<String, ?> values) {
        WrittenOralScale scale = new WrittenOralScale();
        scale.configure(new MemorySettings(scale.settings(), values));
        return scale;
    }

    static String total(WrittenOralScale scale, String written, String oral) {
        return scale.total(Map.of(WrittenOralScale.WRITTEN, new BigDecimal(written), WrittenOralScale.ORAL,
                new BigDecimal(oral))).orElseThrow().toPlainString();
    }

    @Test
    void byDefaultTheTotalIsTheMeanRoundedToWholePoints() {
        WrittenOralScale scale = configured(Map.of());
        assertEquals(List.of("written", "oral"), scale.parts());
        assertEquals("86", total(scale, "80", "91"));
        assertEquals("0", total(scale, "0", "0"));
        assertTrue(scale.total(Map.of(WrittenOralScale.WRITTEN, BigDecimal.TEN)).isEmpty(), "both parts are needed");
    }

    @Test
    void theWrittenPartsWeightIsASetting() {
        assertEquals("83", total(configured(Map.of(WrittenOralScale.WRITTEN_WEIGHT, 70)), "80", "91"), "56 + 27.3");
        assertEquals("91", total(configured(Map.of(WrittenOralScale.WRITTEN_WEIGHT, 0)), "80", "91"));
    }

    @Test
    void aCellTakesPoints() {
        WrittenOralScale scale = configured(Map.of());
        assertEquals("85.5", scale.check("85,5").value());
        assertTrue(scale.check("101").isRefused());
        assertTrue(scale.check("A-").isRefused());
        assertTrue(scale.grades().isEmpty());
    }
}
