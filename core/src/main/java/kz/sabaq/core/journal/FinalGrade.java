package kz.sabaq.core.journal;

import java.math.BigDecimal;
import java.util.Optional;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.setting.ModuleSettings;

/**
 * The discipline's final grade: admission rating × w + exam × (1 − w), w the setting
 * {@code core-journal.admissionWeight} in percent (60 by default, the common practice of 60 %
 * admission rating and 40 % exam). Computed on display, never stored, so a changed weight or part
 * shows at once.
 */
public final class FinalGrade {
    /** The computed column of the grade table. */
    public static final String KIND = "result";

    private final ModuleSettings settings;

    public FinalGrade(ModuleSettings settings) {
        this.settings = settings;
    }

    public long admissionPercent() {
        return settings.integer(JournalModule.ADMISSION_WEIGHT);
    }

    /** The final grade of the two cells; empty unless both hold points. */
    public Optional<BigDecimal> of(String admission, String exam) {
        Optional<BigDecimal> a = Points.parse(admission);
        Optional<BigDecimal> e = Points.parse(exam);
        if (a.isEmpty() || e.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Points.weighted(a.get(), e.get(), admissionPercent(), 2));
    }
}
