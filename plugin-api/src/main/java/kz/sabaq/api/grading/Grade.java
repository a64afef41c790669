package kz.sabaq.api.grading;

import java.math.BigDecimal;
import kz.sabaq.api.academic.LocalizedName;

/**
 * One grade of a {@link GradingScale}, e.g. {@code A-} of the letter scale or {@code 4} of the
 * five-point scale.
 *
 * @param code         what a journal cell stores and shows, e.g. {@code A-}, {@code FX}, {@code passed}
 * @param name         the grade's name in the three interface languages
 * @param lowestPoints the fewest points (0–100) that earn it; null when points do not lead to it
 * @param gpa          its GPA points, e.g. 3.67; null when the scale has none
 * @param traditional  the traditional grade it converts to («өте жақсы»); null when the scale has none
 * @param passing      true when the discipline is passed with it
 */
public record Grade(String code, LocalizedName name, BigDecimal lowestPoints, BigDecimal gpa,
                    LocalizedName traditional, boolean passing) {
}
