package kz.sabaq.grading.passfail;

import java.math.BigDecimal;
import java.util.List;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.setting.DefaultSettings;
import kz.sabaq.api.setting.ModuleSettings;
import org.pf4j.Extension;

/**
 * "Сынақтан өту" (seed 001): passed or not passed. Points convert at the pass mark, a setting
 * (50 by default, the lowest passing points of the letter scale).
 */
@Extension
public class PassFailScale implements GradingScale {
    public static final String ID = "pass-fail";
    public static final String PASS_MARK = "passMark";
    private static final String BUNDLE = "grading-passfail";
    private static final LocalizedName NAME = BundleName.of(PassFailScale.class, BUNDLE, BUNDLE + ".name");
    private static final LocalizedName PASSED = BundleName.of(PassFailScale.class, BUNDLE, BUNDLE + ".passed");
    private static final LocalizedName FAILED = BundleName.of(PassFailScale.class, BUNDLE, BUNDLE + ".failed");

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
        return List.of(FormField.integer(PASS_MARK, 50, 0, 100));
    }

    @Override
    public void configure(ModuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Grade> grades() {
        long passMark = settings.integer(PASS_MARK);
        return List.of(new Grade(Journals.PASSED, PASSED, BigDecimal.valueOf(passMark), null, null, true),
                new Grade(Journals.FAILED, FAILED, BigDecimal.ZERO, null, null, false));
    }

    @Override
    public boolean takesPoints() {
        return false;
    }

    @Override
    public CellCheck check(String typed) {
        return CellCheck.code(grade(typed), BUNDLE + ".error.value");
    }
}
