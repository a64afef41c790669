package kz.sabaq.core.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.i18n.BundleName;

/**
 * The plugin guide's example scale, word for word (only the {@code @Extension} is left out: tests
 * register it with {@code TestServer.builder().scale(new TenPointScale())}). Marks 0 to 10, each
 * worth ten points, 5 and above passing; its texts are in {@code i18n/grading-ten-point_*.properties}.
 */
public class TenPointScale implements GradingScale {
    private static final String BUNDLE = "grading-ten-point";
    private static final LocalizedName NAME = BundleName.of(TenPointScale.class, BUNDLE, BUNDLE + ".name");
    private static final List<Grade> GRADES = IntStream.iterate(10, n -> n >= 0, n -> n - 1)
            .mapToObj(n -> new Grade(String.valueOf(n), new LocalizedName(n + "", n + "", n + ""),
                    BigDecimal.valueOf(n * 10L), null, null, n >= 5))
            .toList();

    @Override
    public String id() {
        return "ten-point";
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
