package kz.sabaq.api.grading;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.setting.SettingRefusal;
import org.pf4j.ExtensionPoint;

/**
 * A grading scale: what a grade cell may hold and what it means. A journal's "final attestation
 * form" is a scale's {@link #id()}; the journal validates its final control cells through
 * {@link #check}, shows them through {@link #read} (points, letter, GPA and traditional grade side
 * by side) and converts the final grade's points with {@link #fromPoints}. Ship a scale as a PF4J
 * plugin with an {@code @Extension}; core lists every started one. Its name and its grades' names
 * come from the plugin's bundle ({@link kz.sabaq.api.i18n.BundleName}); refusal messages are keys
 * of the same bundle.
 *
 * <pre>{@code
 * @Extension
 * public class TenPointScale implements GradingScale {
 *     private static final String BUNDLE = "grading-ten-point";
 *     private static final List<Grade> GRADES = IntStream.iterate(10, n -> n >= 0, n -> n - 1)
 *             .mapToObj(n -> new Grade(String.valueOf(n), new LocalizedName(n + "", n + "", n + ""),
 *                     BigDecimal.valueOf(n * 10L), null, null, n >= 5)).toList();
 *     public String id() { return "ten-point"; }
 *     public LocalizedName name() { return BundleName.of(TenPointScale.class, BUNDLE, BUNDLE + ".name"); }
 *     public List<Grade> grades() { return GRADES; }
 *     public boolean takesPoints() { return false; }
 *     public CellCheck check(String typed) { return CellCheck.code(grade(typed), BUNDLE + ".error.value"); }
 * }
 * }</pre>
 */
public interface GradingScale extends ExtensionPoint {

    /** Stable id stored as the journal's final attestation form, e.g. {@code letter}. */
    String id();

    /** The name shown in the journal settings' select, in the three interface languages. */
    LocalizedName name();

    /** The scale's grades, best first; empty for a scale of bare points. */
    List<Grade> grades();

    /**
     * A typed cell as it is to be stored (normalized, e.g. {@code 85,50} → {@code 85.5}), or
     * refused. An empty cell never reaches the scale: it clears the grade.
     */
    CellCheck check(String typed);

    /**
     * True when a cell takes points (a text field); false when it takes one of {@link #grades()}
     * (a select of them, e.g. pass/fail or the five-point marks). The final grade formula applies
     * only to points.
     */
    default boolean takesPoints() {
        return true;
    }

    /**
     * Settings the institution may change (e.g. the letter bands), declared under the plugin's id:
     * the administrator's plugin settings form and the institution profile set them.
     */
    default List<FormField> settings() {
        return List.of();
    }

    /**
     * Refuses settings that are valid one by one but not together (the letter bands out of order).
     * Core asks before it saves the administrator's form, all values or none, and at start for the
     * profile's values (a refusal then stops the start).
     *
     * @param values every setting of the plugin as it would be after the save, by key
     */
    default List<SettingRefusal> refuse(Map<String, String> values) {
        return List.of();
    }

    /** Called once at start-up with the scale's effective settings; read them on each use, they may change. */
    default void configure(ModuleSettings settings) {
    }

    /**
     * Called once at start-up, after every scale is configured, with all started scales: a scale
     * that converts through another finds it here (the five-point marks follow the letter scale's
     * bands as the institution set them). Keep the registry and ask it on each use: the other
     * scale's settings may change while Sabaq runs, and it may not be started at all.
     */
    default void started(GradingScales scales) {
    }

    /**
     * The parts a final control grade of this scale has (e.g. {@code written} and {@code oral}),
     * each a journal column {@code final.<part>} of points; empty for a single value.
     */
    default List<String> parts() {
        return List.of();
    }

    /** The total of the parts' points; empty when the scale has no parts. */
    default Optional<BigDecimal> total(Map<String, BigDecimal> parts) {
        return Optional.empty();
    }

    /** The grade the points earn: the one with the highest {@link Grade#lowestPoints()} not above them. */
    default Optional<Grade> fromPoints(BigDecimal points) {
        return grades().stream().filter(g -> g.lowestPoints() != null && g.lowestPoints().compareTo(points) <= 0)
                .max(Comparator.comparing(Grade::lowestPoints));
    }

    /** The grade with this code, ignoring case; empty when the scale has none. */
    default Optional<Grade> grade(String code) {
        String c = code == null ? "" : code.strip();
        return grades().stream().filter(g -> g.code().equalsIgnoreCase(c)).findFirst();
    }

    /** What a stored value means: points with the grade they earn, or a grade by its code. */
    default Reading read(String stored) {
        Optional<BigDecimal> points = Points.parse(stored);
        if (points.isPresent() && grade(stored).isEmpty()) {
            return new Reading(points.get(), fromPoints(points.get()).orElse(null));
        }
        return new Reading(null, grade(Objects.toString(stored, "")).orElse(null));
    }
}
