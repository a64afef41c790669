package kz.sabaq.api.journal;

import java.util.Map;
import java.util.Optional;

/**
 * A stream's journal (grade book), published by core. Modules read its settings and write grade
 * cells; the journal page shows them at once.
 *
 * <pre>{@code
 * Journals journals = w.service(Journals.class).orElseThrow();
 * String scaleId = journals.settings(streamId).map(JournalSettings::finalForm).orElse(null);
 * journals.setGrade(streamId, studentId, "final", "85", "online-attestation", teacherId);
 * }</pre>
 */
public interface Journals {

    /** Column of the final control grade; parts are {@code final.written} and {@code final.oral}. */
    String FINAL = "final";
    String FINAL_WRITTEN = "final.written";
    String FINAL_ORAL = "final.oral";

    /** Codes of the pass/fail scale's grades (plugin grading-passfail): "Сынақтан өтті". */
    String PASSED = "passed";
    /** "Сынақтан өтпеді". */
    String FAILED = "failed";
    /**
     * A final control cell's value when the student was absent from the control with a valid reason,
     * written by a module instead of a grade, so the journal tells it from "not graded yet".
     */
    String ABSENT_EXCUSED = "absent.excused";
    /** … absent without a valid reason. */
    String ABSENT_UNEXCUSED = "absent.unexcused";
    /**
     * "I" (incomplete, seed 002): the debt may still be cleared by a deadline. Like the absences, a
     * final control cell takes it whatever the journal's grading scale.
     */
    String INCOMPLETE = "I";

    Optional<JournalSettings> settings(long streamId);

    /**
     * Writes one grade cell (insert or replace), in the caller's transaction when there is one, and
     * audits it with its value before and after. The caller has checked the value with the
     * journal's scale ({@link kz.sabaq.api.grading.GradingScale#check}); core checks it again and
     * refuses a value the column does not allow with a {@link kz.sabaq.api.web.UserError}.
     */
    void setGrade(long streamId, long studentId, String kind, String value, String source, long setBy);

    /** Empties one grade cell, audited like {@link #setGrade}. */
    void clearGrade(long streamId, long studentId, String kind, String source, long clearedBy);

    /** The student's grade cells in the stream, by kind. */
    Map<String, String> grades(long streamId, long studentId);

    /** One column of the stream's journal in one read: student user id → value, for students with a value. */
    Map<Long, String> column(long streamId, String kind);
}
