package kz.sabaq.api.grading;

import java.math.BigDecimal;
import java.util.List;
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
 * @param letters      the letter grades of the credit technology (MES order No. 152) it stands for,
 *                     best first, e.g. {@code B+, B, B-} for the five-point mark 4; empty when the
 *                     scale pairs it with none. The journal shows them beside the grade with the
 *                     points the grade spans (from {@code lowestPoints} to below the next better
 *                     grade's).
 */
public record Grade(String code, LocalizedName name, BigDecimal lowestPoints, BigDecimal gpa,
                    LocalizedName traditional, boolean passing, List<String> letters) {

    public Grade {
        letters = List.copyOf(letters);
    }

    /** A grade paired with no letters. */
    public Grade(String code, LocalizedName name, BigDecimal lowestPoints, BigDecimal gpa,
                 LocalizedName traditional, boolean passing) {
        this(code, name, lowestPoints, gpa, traditional, passing, List.of());
    }
}
