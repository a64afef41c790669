package kz.sabaq.attestation.exam;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.journal.JournalSettings;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * The final control grade (spec §10), written into the journal at once, or the student's absence
 * (excused or unexcused), which empties the journal's final control cells. Both are audited.
 */
public final class Grading {
    public static final String PASSED = Journals.PASSED;
    public static final String FAILED = Journals.FAILED;
    public static final String SOURCE = "online-attestation";
    static final List<String> CELLS = List.of(Journals.FINAL, Journals.FINAL_WRITTEN, Journals.FINAL_ORAL);

    private final Attestation common;
    private final ExamMapper store;
    private final LiveUpdates live;
    private final GradingScales scales;

    public Grading(Attestation common, ExamMapper store, LiveUpdates live, GradingScales scales) {
        this.common = common;
        this.store = store;
        this.live = live;
        this.scales = scales;
    }

    /**
     * The grade "Edit" shows: the right to grade, and the answer was sent or the slot ended without one.
     * Never for a test: its result is the grade, written by the test plugin, and nobody grades it twice.
     */
    public static boolean gradable(Opened exam, Instant now) {
        Sitting s = exam.sitting();
        return exam.canGrade() && !exam.byTest() && (s.answerSentAt() != null || exam.slot().ended(now));
    }

    /** The journal's final attestation form: the id of a grading scale; null while none is set. */
    public String form(long streamId) {
        return common.journals().settings(streamId).map(JournalSettings::finalForm).orElse(null);
    }

    /** The scale the journal grades with; empty while no form is set or its plugin is not started. */
    public Optional<GradingScale> scale(long streamId) {
        return scales.find(form(streamId));
    }

    /** The scale of a form already read ({@link #form}). */
    public Optional<GradingScale> scaleOf(String form) {
        return scales.find(form);
    }

    /**
     * The journal scale's grade for no points (F of the letter scale, 2 of the five-point, not
     * passed); {@code otherwise} for a scale without grades or none.
     */
    public String failing(long streamId, String otherwise) {
        return scale(streamId).flatMap(s -> s.fromPoints(BigDecimal.ZERO)).map(Grade::code).orElse(otherwise);
    }

    /** The grade cells already in the journal, by kind. */
    public Map<String, String> grades(Opened exam) {
        Map<String, String> all = common.journals().grades(exam.streamId(), exam.studentId());
        Map<String, String> out = new LinkedHashMap<>();
        for (String cell : CELLS) {
            if (all.get(cell) != null) {
                out.put(cell, all.get(cell));
            }
        }
        return out;
    }

    /**
     * Saves the grade as the journal's scale asks: its parts and their total (the scale's weighted
     * total when no total is given), points, or one of its grades.
     */
    public void grade(long by, Opened exam, Map<String, String> values) {
        require(exam);
        new Admissions(common).require(exam.streamId(), exam.studentId());
        String form = form(exam.streamId());
        if (form == null) {
            throw UserError.conflict(Answers.PREFIX + "error.noFinalForm");
        }
        GradingScale scale = scales.find(form)
                .orElseThrow(() -> UserError.conflict(Answers.PREFIX + "error.scaleMissing", form));
        Map<String, String> cells = new LinkedHashMap<>();
        if (!scale.parts().isEmpty()) {
            Map<String, BigDecimal> parts = new LinkedHashMap<>();
            for (String part : scale.parts()) {
                parts.put(part, points(values, part));
                cells.put(Journals.FINAL + "." + part, parts.get(part).toPlainString());
            }
            String totalText = values.get("total");
            BigDecimal total = totalText == null || totalText.isBlank()
                    ? scale.total(parts).orElseThrow(() -> UserError.badRequest(Answers.PREFIX + "error.points").on("total"))
                    : points(values, "total");
            cells.put(Journals.FINAL, total.toPlainString());
        } else if (scale.takesPoints()) {
            cells.put(Journals.FINAL, checked(scale, points(values, "points").toPlainString(), "points"));
        } else {
            String chosen = values.get("result");
            if (chosen == null || scale.grade(chosen).isEmpty()) {
                throw UserError.badRequest(Answers.PREFIX + "error.gradeChoice").on("result");
            }
            cells.put(Journals.FINAL, checked(scale, chosen, "result"));
        }
        common.transactions().run(() -> {
            for (String cell : CELLS) {
                if (!cells.containsKey(cell)) {
                    common.journals().clearGrade(exam.streamId(), exam.studentId(), cell, SOURCE, by);
                }
            }
            cells.forEach((cell, value) -> common.journals().setGrade(exam.streamId(), exam.studentId(), cell, value,
                    SOURCE, by));
            store.setAbsence(exam.streamId(), exam.studentId(), null);
            Map<String, Object> details = new LinkedHashMap<>(cells);
            details.put("form", form);
            common.audit().record(by, "online-attestation.grade.set", Answers.sittingObject(exam), details);
        });
        live.changed(exam.slot().id());
    }

    /** The value as the scale stores it; its refusal beside the field. */
    private static String checked(GradingScale scale, String value, String field) {
        CellCheck check = scale.check(value);
        if (check.isRefused()) {
            throw UserError.badRequest(Answers.PREFIX + "error.gradeChoice").on(field);
        }
        return check.value();
    }

    /**
     * Marks the student absent instead of a grade: the journal's final control cell says so (excused
     * or unexcused), its written and oral parts are emptied.
     */
    public void absent(long by, Opened exam, String kind) {
        require(exam);
        if (!"EXCUSED".equals(kind) && !"UNEXCUSED".equals(kind)) {
            throw UserError.badRequest(Answers.PREFIX + "error.absenceChoice").on("absence");
        }
        common.transactions().run(() -> {
            common.journals().clearGrade(exam.streamId(), exam.studentId(), Journals.FINAL_WRITTEN, SOURCE, by);
            common.journals().clearGrade(exam.streamId(), exam.studentId(), Journals.FINAL_ORAL, SOURCE, by);
            common.journals().setGrade(exam.streamId(), exam.studentId(), Journals.FINAL,
                    "EXCUSED".equals(kind) ? Journals.ABSENT_EXCUSED : Journals.ABSENT_UNEXCUSED, SOURCE, by);
            store.setAbsence(exam.streamId(), exam.studentId(), kind);
            common.audit().record(by, "online-attestation.grade.absent", Answers.sittingObject(exam),
                    Map.of("absence", kind));
        });
        live.changed(exam.slot().id());
    }

    private void require(Opened exam) {
        if (!exam.canGrade()) {
            throw UserError.forbidden();
        }
        if (exam.byTest()) {
            throw UserError.conflict(Answers.PREFIX + "error.gradedByTest");
        }
        if (!gradable(exam, common.clock().instant())) {
            throw UserError.conflict(Answers.PREFIX + "error.notGradable");
        }
    }

    /** The form field's points; refused beside that field. */
    private static BigDecimal points(Map<String, String> values, String field) {
        try {
            return points(values.get(field));
        } catch (UserError e) {
            throw e.on(field);
        }
    }

    /** Points 0–100, whole or with up to two decimals. */
    static BigDecimal points(String text) {
        return Points.parse(text).orElseThrow(() -> UserError.badRequest(Answers.PREFIX + "error.points"));
    }

    /**
     * The final grade cell of the stream page's slot tab (and its live events): points as they are,
     * pass/fail translated, or the absence when no grade is set; empty for neither.
     */
    public static String cellText(Attestation common, Locale locale, String grade, String absence) {
        if (grade == null) {
            return absence == null ? "" : common.texts().get(locale, Answers.PREFIX + "absence." + absence);
        }
        String label = labelKey(grade);
        return label == null ? grade : common.texts().get(locale, label);
    }

    /** What a grade cell shows: points as they are, pass/fail translated by the page. */
    public static String labelKey(String value) {
        if (PASSED.equals(value)) {
            return Answers.PREFIX + "grade.passed";
        }
        if (FAILED.equals(value)) {
            return Answers.PREFIX + "grade.failed";
        }
        if (Journals.ABSENT_EXCUSED.equals(value) || Journals.ABSENT_UNEXCUSED.equals(value)) {
            return Answers.PREFIX + "absence." + (Journals.ABSENT_EXCUSED.equals(value) ? "EXCUSED" : "UNEXCUSED");
        }
        return null;
    }
}
