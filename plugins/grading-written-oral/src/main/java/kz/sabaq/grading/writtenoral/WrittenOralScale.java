package kz.sabaq.grading.writtenoral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.api.setting.DefaultSettings;
import kz.sabaq.api.setting.ModuleSettings;
import org.pf4j.Extension;

/**
 * A final control of a written and an oral part (seed 001, online attestation's grading tabs):
 * each part in points 0–100, the total their weighted sum rounded to whole points. The written
 * part's weight is a setting in percent (50: the mean, as before); the oral part has the rest.
 */
@Extension
public class WrittenOralScale implements GradingScale {
    public static final String ID = "written-oral";
    public static final String WRITTEN = "written";
    public static final String ORAL = "oral";
    public static final String WRITTEN_WEIGHT = "writtenWeight";
    private static final String BUNDLE = "grading-written-oral";
    private static final LocalizedName NAME = BundleName.of(WrittenOralScale.class, BUNDLE, BUNDLE + ".name");

    private ModuleSettings settings = DefaultSettings.of(settings());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<FormField> settings() {
        return List.of(FormField.integer(WRITTEN_WEIGHT, 50, 0, 100));
    }

    @Override
    public void configure(ModuleSettings settings) {
        this.settings = settings;
    }

    /** Points only: the total is converted by the journal's final grade, not by this scale. */
    @Override
    public List<Grade> grades() {
        return List.of();
    }

    @Override
    public List<String> parts() {
        return List.of(WRITTEN, ORAL);
    }

    @Override
    public Optional<BigDecimal> total(Map<String, BigDecimal> parts) {
        BigDecimal written = parts.get(WRITTEN);
        BigDecimal oral = parts.get(ORAL);
        if (written == null || oral == null) {
            return Optional.empty();
        }
        return Optional.of(Points.weighted(written, oral, settings.integer(WRITTEN_WEIGHT), 0));
    }

    @Override
    public CellCheck check(String typed) {
        return CellCheck.points(typed, BUNDLE + ".error.value");
    }
}
