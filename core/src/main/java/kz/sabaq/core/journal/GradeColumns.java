package kz.sabaq.core.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import kz.sabaq.api.journal.FinalForm;
import kz.sabaq.api.journal.Journals;

/**
 * The columns of a grade table: the admission rating, the final control grade (with its written and
 * oral parts when the form has both), then every other kind a module has written, by name.
 */
public final class GradeColumns {
    public static final String ADMISSION = "admission";
    private static final List<String> KNOWN = List.of(ADMISSION, Journals.FINAL, Journals.FINAL_WRITTEN,
            Journals.FINAL_ORAL);

    private GradeColumns() {
    }

    public static List<String> of(FinalForm form, Collection<String> present) {
        List<String> columns = new ArrayList<>();
        columns.add(ADMISSION);
        if (form == FinalForm.WRITTEN_ORAL || present.contains(Journals.FINAL_WRITTEN)) {
            columns.add(Journals.FINAL_WRITTEN);
        }
        if (form == FinalForm.WRITTEN_ORAL || present.contains(Journals.FINAL_ORAL)) {
            columns.add(Journals.FINAL_ORAL);
        }
        columns.add(Journals.FINAL);
        new TreeSet<>(present).stream().filter(k -> !columns.contains(k)).forEach(columns::add);
        return columns;
    }

    /** A part of the final control grade: read-only in the journal while a module owns final grades. */
    public static boolean isFinal(String kind) {
        return kind.equals(Journals.FINAL) || kind.startsWith(Journals.FINAL + ".");
    }

    /** i18n key of a column's heading, or null for a kind core does not know (shown as it is). */
    public static String labelKey(String kind) {
        return KNOWN.contains(kind) ? "core-journal.kind." + kind : null;
    }

    /** Cells that take passed / failed instead of points. */
    public static boolean passFail(FinalForm form, String kind) {
        return form == FinalForm.PASS_FAIL && isFinal(kind);
    }
}
