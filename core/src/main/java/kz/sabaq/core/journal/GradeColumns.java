package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.Journals;

/**
 * The columns of a grade table: the admission rating, the parts of the final control grade when
 * the journal's scale has parts (written and oral), the final control grade, the computed final
 * grade when the final control is in points, then every other kind a module has written, by name.
 */
public final class GradeColumns {
    public static final String ADMISSION = "admission";
    private static final List<String> KNOWN = List.of(ADMISSION, Journals.FINAL, Journals.FINAL_WRITTEN,
            Journals.FINAL_ORAL, FinalGrade.KIND);

    private GradeColumns() {
    }

    public static List<String> of(Optional<GradingScale> scale, Collection<String> present) {
        List<String> columns = new ArrayList<>();
        columns.add(ADMISSION);
        scale.ifPresent(s -> s.parts().forEach(part -> columns.add(Journals.FINAL + "." + part)));
        new TreeSet<>(present).stream().filter(k -> isFinal(k) && !k.equals(Journals.FINAL) && !columns.contains(k))
                .forEach(columns::add);
        columns.add(Journals.FINAL);
        if (GradeValues.takesPoints(scale)) {
            columns.add(FinalGrade.KIND);
        }
        new TreeSet<>(present).stream().filter(k -> !columns.contains(k)).forEach(columns::add);
        return columns;
    }

    /** A part of the final control grade: read-only in the journal while a module owns final grades. */
    public static boolean isFinal(String kind) {
        return kind.equals(Journals.FINAL) || kind.startsWith(Journals.FINAL + ".");
    }

    /** The computed final grade: shown, never typed. */
    public static boolean computed(String kind) {
        return kind.equals(FinalGrade.KIND);
    }

    /** i18n key of a column's heading, or null for a kind core does not know (shown as it is). */
    public static String labelKey(String kind) {
        return KNOWN.contains(kind) ? "core-journal.kind." + kind : null;
    }
}
