package kz.sabaq.api.grading;

import java.util.Optional;

/**
 * What a {@link GradingScale} made of a typed cell: the value to store, or the i18n key of why it
 * is refused. The refusal's message gets the student's name as {@code {0}} and the column as
 * {@code {1}}, and should end with the journal's "Nothing was saved.".
 */
public record CellCheck(String value, String refusalKey) {

    public static CellCheck accepted(String value) {
        return new CellCheck(value, null);
    }

    public static CellCheck refused(String refusalKey) {
        return new CellCheck(null, refusalKey);
    }

    /** Points as {@link Points#parse} takes them, normalized, or refused with the key. */
    public static CellCheck points(String typed, String refusalKey) {
        return Points.parse(typed).map(p -> accepted(p.toPlainString())).orElse(refused(refusalKey));
    }

    /** The code of the grade found for the typed text (e.g. {@link GradingScale#grade}), or refused with the key. */
    public static CellCheck code(Optional<Grade> grade, String refusalKey) {
        return grade.map(g -> accepted(g.code())).orElse(refused(refusalKey));
    }

    public boolean isRefused() {
        return refusalKey != null;
    }
}
