package kz.sabaq.api.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Points as every 100-point cell takes them: 0 to 100, at most two decimals, a comma allowed. */
public final class Points {
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private Points() {
    }

    /**
     * The weighted mean of two marks in points: {@code first × w + second × (100 − w)} over 100, w
     * the first mark's weight in percent, rounded half up to {@code decimals} and normalized as
     * {@link #parse} normalizes (the journal's final grade, a written/oral total).
     */
    public static BigDecimal weighted(BigDecimal first, BigDecimal second, long firstPercent, int decimals) {
        BigDecimal w = BigDecimal.valueOf(firstPercent);
        BigDecimal mean = first.multiply(w).add(second.multiply(MAX.subtract(w))).divide(MAX, decimals, RoundingMode.HALF_UP);
        return parse(mean.toPlainString()).orElseThrow();
    }

    /** The points typed, normalized ({@code 85.50} → {@code 85.5}); empty when the text is not such points. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(text.strip().replace(',', '.'));
            if (v.signum() < 0 || v.compareTo(MAX) > 0 || v.stripTrailingZeros().scale() > 2) {
                return Optional.empty();
            }
            return Optional.of(v.signum() == 0 ? BigDecimal.ZERO
                    : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
