package kz.sabaq.core.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;

/**
 * Grading scales of points for core's tests, which run before any scale plugin is built: bare
 * points, and points in written and oral parts whose total is their mean.
 */
public final class TestScales {

    private TestScales() {
    }

    /** Id {@code points}: a cell takes points 0–100 and has no grade. */
    public static GradingScale points() {
        return new PointScale("points", List.of());
    }

    /** Id {@code written-oral}: parts {@code written} and {@code oral}, the total their mean. */
    public static GradingScale writtenOral() {
        return new PointScale("written-oral", List.of("written", "oral"));
    }

    /** A registry of just these scales. */
    public static GradingScales of(GradingScale... scales) {
        return new GradingScales() {
            @Override
            public List<GradingScale> all() {
                return List.of(scales);
            }

            @Override
            public Optional<GradingScale> find(String id) {
                return all().stream().filter(s -> s.id().equals(id)).findFirst();
            }
        };
    }

    private record PointScale(String id, List<String> parts) implements GradingScale {

        @Override
        public LocalizedName name() {
            return new LocalizedName("Тест: " + id, "Тест: " + id, "Test: " + id);
        }

        @Override
        public List<Grade> grades() {
            return List.of();
        }

        @Override
        public CellCheck check(String typed) {
            return CellCheck.points(typed, "core-journal.error.points");
        }

        @Override
        public Optional<BigDecimal> total(Map<String, BigDecimal> values) {
            if (parts.isEmpty() || !values.keySet().containsAll(parts)) {
                return Optional.empty();
            }
            BigDecimal sum = parts.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            return Optional.of(sum.divide(BigDecimal.valueOf(parts.size()), 0, RoundingMode.HALF_UP));
        }
    }
}
