package kz.sabaq.core.journal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.grading.Reading;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;

/**
 * The grades tab's model: a row per student, a cell per column, inputs where the viewer may type.
 * The final control cell and the computed final grade show, beside their value, what the journal's
 * scale makes of them: letter, GPA points and traditional grade where the scale has them, and a
 * grade's letters with the points it spans where the scale pairs it with letters (five-point).
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
                // a teacher holding a letter finds its mark by the letters each choice stands for
                String name = g.name().in(language.locale());
                choices.add(new Choice(g.code(), g.letters().isEmpty() ? name
                        : name + " · " + String.join(", ", g.letters()), g.code().equals(value)));
            }
        }
        String display = stored;
        String shownReading = null;
        if (GradeValues.isStatus(stored)) {
            display = messages.get(language, "core-journal.value." + stored);
        } else if (graded && !stored.isEmpty()) {
            Reading reading = scale.get().read(stored);
            shownReading = reading(scale.get(), reading, language);
            Grade g = reading.grade();
            if (reading.points() == null && g != null) {
                // a value the scale converts (a letter in a five-point journal) shows what it became
                String name = g.name().in(language.locale());
                display = g.code().equals(stored) ? name : stored + " → " + name;
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
        String reading = total.flatMap(points -> scale.flatMap(sc -> sc.fromPoints(points)
                .map(g -> reading(sc, new Reading(points, g), language)))).orElse(null);
        return new Cell(FinalGrade.KIND, false, null, null, null, null, null,
                total.map(BigDecimal::toPlainString).orElse(""), false, List.of(), reading, parts);
    }

    /**
     * "B+ · 3.33 · жақсы": the grade points earn (its code, or its name where the scale has no
     * traditional grade), the letters it stands for with the points it spans ("B+, B, B- · 75–89
     * балл" beside a five-point 4), its GPA points and its traditional grade.
     */
    private String reading(GradingScale scale, Reading reading, Language language) {
        Grade g = reading.grade();
        if (g == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (reading.points() != null) {
            parts.add(g.traditional() != null ? g.code() : g.name().in(language.locale()));
        }
        if (!g.letters().isEmpty()) {
            parts.add(String.join(", ", g.letters()));
            span(scale, g, language).ifPresent(parts::add);
        }
        if (g.gpa() != null) {
            parts.add(g.gpa().toPlainString());
        }
        if (g.traditional() != null) {
            parts.add(g.traditional().in(language.locale()));
        }
        return String.join(" · ", parts);
    }

    /**
     * "75–89 балл": from the grade's lowest points to below the next better grade's, in whole points
     * as the order's table writes its bands; up to 100 for the best grade.
     */
    private Optional<String> span(GradingScale scale, Grade g, Language language) {
        if (g.lowestPoints() == null) {
            return Optional.empty();
        }
        BigDecimal highest = scale.grades().stream()
                .filter(other -> other.lowestPoints() != null && other.lowestPoints().compareTo(g.lowestPoints()) > 0)
                .map(other -> other.lowestPoints().subtract(BigDecimal.ONE)).min(BigDecimal::compareTo)
                .orElse(Points.MAX);
        return Optional.of(messages.get(language, "core-journal.reading.points", g.lowestPoints().toPlainString(),
                highest.toPlainString()));
    }

    String label(String kind, Language language) {
        String key = GradeColumns.labelKey(kind);
        return key == null ? kind : messages.get(language, key);
    }
}
