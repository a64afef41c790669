package kz.sabaq.core.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/**
 * The grades tab's model: a row per student, a cell per column, inputs where the viewer may type.
 * The final control cell and the computed final grade show, beside their value, what the journal's
 * scale makes of them: letter, GPA points and traditional grade where the scale has them.
 */
final class GradeTablePage {
    private final Messages messages;
    private final FinalGrade finalGrade;

    GradeTablePage(Messages messages, FinalGrade finalGrade) {
        this.messages = messages;
        this.finalGrade = finalGrade;
    }

    /**
     * The grades tab.
     *
     * @param finalOwned whether a module (online attestation) owns the final control column
     */
    record Model(List<Heading> columns, List<Row> rows, boolean noStudents, boolean finalOwned, long admissionPercent,
                 long examPercent) {
    }

    /** A column's heading; a locked one is read-only here. */
    record Heading(String label, boolean locked) {
    }

    record Row(String name, String group, List<Cell> cells) {
    }

    /**
     * One student's value in one column: an input (or a select of the scale's grades) where the viewer
     * may type, else the value shown. {@code shown} is what was stored when the page was drawn, so a
     * save changes only what the user changed.
     *
     * @param reading what the journal's scale makes of the value, or null
     * @param parts   the computed final grade's parts, or null
     */
    record Cell(String kind, boolean editable, String field, String shownField, String shown, String value,
                String inputLabel, String display, boolean select, List<Choice> choices, String reading, String parts) {
    }

    /** A grade of the scale in the cell's select. */
    record Choice(String code, String name, boolean selected) {
    }

    /**
     * @param submitted the refused form's values by field, shown again so nothing typed is lost;
     *                  empty when the page shows what is stored
     */
    Model model(GradeBook.Table table, Optional<GradingScale> scale, boolean canEdit, boolean finalOwned,
                Map<String, String> submitted, Language language) {
        List<Heading> columns = table.columns().stream()
                .map(kind -> new Heading(label(kind, language), finalOwned && GradeColumns.isFinal(kind))).toList();
        List<Row> rows = new ArrayList<>();
        for (Student s : table.students()) {
            List<Cell> cells = new ArrayList<>();
            for (String kind : table.columns()) {
                boolean editable = canEdit && !GradeColumns.computed(kind) && !(finalOwned && GradeColumns.isFinal(kind));
                cells.add(GradeColumns.computed(kind) ? result(table, s, scale, language)
                        : cell(table, s, kind, scale, editable, submitted, language));
            }
            rows.add(new Row(s.displayName(), s.groupCode(), cells));
        }
        return new Model(columns, rows, rows.isEmpty(), finalOwned, finalGrade.admissionPercent(),
                100 - finalGrade.admissionPercent());
    }

    private Cell cell(GradeBook.Table table, Student s, String kind, Optional<GradingScale> scale, boolean editable,
                      Map<String, String> submitted, Language language) {
        String field = GradeEdit.field(s.userId(), kind);
        String stored = table.value(s.userId(), kind);
        String value = submitted.getOrDefault(field, stored);
        boolean graded = kind.equals(Journals.FINAL) && scale.isPresent();
        boolean select = graded && !GradeValues.takesPoints(scale);
        List<Choice> choices = new ArrayList<>();
        if (select) {
            for (Grade g : scale.get().grades()) {
                choices.add(new Choice(g.code(), g.name().in(language.locale()), g.code().equals(value)));
            }
        }
        String display = stored;
        String shownReading = null;
        if (GradeValues.isStatus(stored)) {
            display = messages.get(language, "core-journal.value." + stored);
        } else if (graded && !stored.isEmpty()) {
            Reading reading = scale.get().read(stored);
            shownReading = reading(reading, stored, language.locale());
            if (reading.points() == null && reading.grade() != null) {
                display = reading.grade().name().in(language.locale());
            }
        }
        keepUnlisted(choices, value, value.equals(stored) ? display : value);
        // Every editable cell is named by its row and column, as a screen reader cannot see the grid.
        return new Cell(kind, editable, field, GradeEdit.shownField(s.userId(), kind), stored, value,
                s.displayName() + ", " + label(kind, language), display, select, choices, shownReading, null);
    }

    /**
     * A value the scale's list lacks (points typed before the form was chosen, an absence, "I")
     * stays the select's choice, so saving another column never clears it.
     */
    private static void keepUnlisted(List<Choice> choices, String value, String name) {
        if (!choices.isEmpty() && !value.isEmpty() && choices.stream().noneMatch(c -> c.code().equals(value))) {
            choices.add(0, new Choice(value, name, true));
        }
    }

    /** The computed final grade with its parts, converted by the scale. */
    private Cell result(GradeBook.Table table, Student s, Optional<GradingScale> scale, Language language) {
        String admission = table.value(s.userId(), GradeColumns.ADMISSION);
        String exam = table.value(s.userId(), Journals.FINAL);
        Optional<BigDecimal> total = finalGrade.of(admission, exam);
        String parts = total.map(points -> messages.get(language, "core-journal.result.parts",
                finalGrade.admissionPercent(), admission, 100 - finalGrade.admissionPercent(), exam)).orElse(null);
        String reading = total.flatMap(points -> scale.flatMap(sc -> sc.fromPoints(points))
                .map(g -> reading(new Reading(points, g), points.toPlainString(), language.locale()))).orElse(null);
        return new Cell(FinalGrade.KIND, false, null, null, null, null, null,
                total.map(BigDecimal::toPlainString).orElse(""), false, List.of(), reading, parts);
    }

    /**
     * "B+ · 3.33 · жақсы": the grade points earn (a cell holding a grade's code shows its name
     * instead), its GPA points and its traditional grade.
     */
    private static String reading(Reading reading, String shown, Locale locale) {
        Grade g = reading.grade();
        if (g == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (!g.code().equals(shown) && reading.points() != null) {
            parts.add(g.code());
        }
        if (g.gpa() != null) {
            parts.add(g.gpa().toPlainString());
        }
        if (g.traditional() != null) {
            parts.add(g.traditional().in(locale));
        } else if (reading.points() != null) {
            parts.add(g.name().in(locale));
        }
        return String.join(" · ", parts);
    }

    String label(String kind, Language language) {
        String key = GradeColumns.labelKey(kind);
        return key == null ? kind : messages.get(language, key);
    }
}
