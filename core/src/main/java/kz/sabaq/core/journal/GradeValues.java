package kz.sabaq.core.journal;

import java.math.BigDecimal;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;

/** What a grade cell may hold: points from 0 to 100 (two decimals at most), or passed / failed; empty clears it. */
public final class GradeValues {
    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    private GradeValues() {
    }

    /**
     * The value to store ("" for an empty cell).
     *
     * @throws UserError naming the student and the column when the value is not allowed
     */
    public static String normalize(String raw, boolean passFail, String studentName, String kind) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return "";
        }
        if (passFail) {
            if (v.equals(Journals.PASSED) || v.equals(Journals.FAILED)) {
                return v;
            }
            throw UserError.badRequest("core-journal.error.passFail", studentName, kind);
        }
        try {
            BigDecimal points = new BigDecimal(v.replace(',', '.'));
            if (points.signum() < 0 || points.compareTo(MAX) > 0 || points.stripTrailingZeros().scale() > 2) {
                throw UserError.badRequest("core-journal.error.points", studentName, kind);
            }
            return points.signum() == 0 ? "0" : points.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw UserError.badRequest("core-journal.error.points", studentName, kind);
        }
    }

    /** Stored values compare as normalized points when they are numbers, else as text. */
    public static boolean same(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.equals(y)) {
            return true;
        }
        try {
            return new BigDecimal(x.replace(',', '.')).compareTo(new BigDecimal(y.replace(',', '.'))) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
