package kz.sabaq.grading.fivepoint;

import java.math.BigDecimal;
import java.util.List;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * The traditional five-point scale: 5 «өте жақсы», 4 «жақсы», 3 «қанағаттанарлық», 2
 * «қанағаттанарлықсыз». Points convert as the credit technology's table pairs letters and marks:
 * from 90 (A, A-) 5, from 75 (B+, B, B-) 4, from 50 (C+ … D) 3, below (FX, F) 2.
 */
@Extension
public class FivePointScale implements GradingScale {
    public static final String ID = "five-point";
    private static final String BUNDLE = "grading-five-point";
    private static final LocalizedName NAME = BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".name");
    private static final List<Grade> GRADES = List.of(grade("5", 90, true), grade("4", 75, true),
            grade("3", 50, true), grade("2", 0, false));

    private static Grade grade(String mark, int lowest, boolean passing) {
        return new Grade(mark, BundleName.of(FivePointScale.class, BUNDLE, BUNDLE + ".grade." + mark),
                BigDecimal.valueOf(lowest), null, null, passing);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<Grade> grades() {
        return GRADES;
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
