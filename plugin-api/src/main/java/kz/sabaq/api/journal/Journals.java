package kz.sabaq.api.journal;

import java.util.Map;
import java.util.Optional;

/**
 * A stream's journal (grade book), published by core. Modules read its settings and write grade
 * cells; the journal page shows them at once.
 *
 * <pre>{@code
 * Journals journals = w.service(Journals.class).orElseThrow();
 * FinalForm form = journals.settings(streamId).map(JournalSettings::finalForm).orElse(null);
 * journals.setGrade(streamId, studentId, "final", "85", "online-attestation", teacherId);
 * }</pre>
 */
public interface Journals {

    /** Column of the final control grade; parts are {@code final.written} and {@code final.oral}. */
    String FINAL = "final";
    String FINAL_WRITTEN = "final.written";
    String FINAL_ORAL = "final.oral";

    /** Values of a final control cell when the final form is {@link FinalForm#PASS_FAIL}: "Сынақтан өтті". */
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

    Optional<JournalSettings> settings(long streamId);

    /** Writes one grade cell (insert or replace), in the caller's transaction when there is one. */
    void setGrade(long streamId, long studentId, String kind, String value, String source, long setBy);

    /** Empties one grade cell. */
    void clearGrade(long streamId, long studentId, String kind);

    /** The student's grade cells in the stream, by kind. */
    Map<String, String> grades(long streamId, long studentId);

    /** One column of the stream's journal in one read: student user id → value, for students with a value. */
    Map<Long, String> column(long streamId, String kind);
}
