package kz.sabaq.core.journal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;

/**
 * What a grade cell may hold. The final control cell goes through the journal's scale (its final
 * attestation form); every other cell (admission rating, the parts of a composite grade, a
 * module's columns) holds points from 0 to 100. An empty cell clears the grade.
 */
public final class GradeValues {
    /**
     * What a module writes into the final control cell instead of a grade, whatever the scale: an
     * absence (excused or not) or "I" (incomplete). Kept as they are.
     */
    private static final Set<String> STATUSES = Set.of(Journals.ABSENT_EXCUSED, Journals.ABSENT_UNEXCUSED,
            Journals.INCOMPLETE);

    private final GradingScales scales;

    public GradeValues(GradingScales scales) {
        this.scales = scales;
    }

    /** The journal's scale; empty while no form is chosen or its plugin is not started. */
    public Optional<GradingScale> scale(String finalForm) {
        return scales.find(finalForm);
    }

    /**
     * The value to store ("" for an empty cell).
     *
     * @throws UserError naming the student and the column when the value is not allowed
     */
    public String normalize(String raw, String finalForm, String kind, String studentName) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return "";
        }
        if (kind.equals(Journals.FINAL) && STATUSES.contains(v)) {
            return v;
        }
        Optional<GradingScale> scale = scale(finalForm);
        if (kind.equals(Journals.FINAL) && scale.isPresent()) {
            CellCheck checked = scale.get().check(v);
            if (checked.isRefused()) {
                throw UserError.badRequest(checked.refusalKey(), studentName, kind);
            }
            return checked.value();
        }
        return Points.parse(v).map(BigDecimal::toPlainString)
                .orElseThrow(() -> UserError.badRequest("core-journal.error.points", studentName, kind));
    }

    /** An absence or "I" rather than a grade: shown translated, never converted. */
    public static boolean isStatus(String stored) {
        return STATUSES.contains(stored);
    }

    /** True when the final control cells take points: always while no scale is in force. */
    public static boolean takesPoints(Optional<GradingScale> scale) {
        return scale.map(GradingScale::takesPoints).orElse(true);
    }

    /** Stored values compare as normalized points when they are numbers, else as text. */
    public static boolean same(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.equals(y)) {
            return true;
        }
        Optional<BigDecimal> p = Points.parse(x);
        Optional<BigDecimal> q = Points.parse(y);
        return p.isPresent() && q.isPresent() && p.get().compareTo(q.get()) == 0;
    }
}
