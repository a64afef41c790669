package kz.sabaq.attestation;

import java.math.BigDecimal;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.web.UserError;

/**
 * Whether a student is admitted to the stream's final control ("Емтиханға жіберілмейді" when not).
 * Every rule that applies must admit: attendance, when the attendance plugin is enabled (its
 * policy), and the journal's admission rating, once it is entered, against the institution's
 * minimum. An audited "admitted by decision" overrides both. A student who is not admitted is not
 * distributed to a slot, gets no ticket, sees no questions and is not graded.
 */
public final class Admissions {
    /** Journal column of the admission rating, in points. */
    public static final String ADMISSION_RATING = "admission";

    private final Attestation common;

    public Admissions(Attestation common) {
        this.common = common;
    }

    public boolean admitted(long streamId, long studentId) {
        return byDecision(streamId, studentId) || byRules(streamId, studentId);
    }

    /** What the rules say, before any decision. */
    public boolean byRules(long streamId, long studentId) {
        boolean attendance = common.attendanceAdmission().map(a -> a.admits(streamId, studentId)).orElse(true);
        return attendance && byRating(streamId, studentId);
    }

    public boolean byDecision(long streamId, long studentId) {
        return common.store().admissionDecision(streamId, studentId) != null;
    }

    /** Refuses (409, naming the student) an action for a student who is not admitted. */
    public void require(long streamId, long studentId) {
        if (!byDecision(streamId, studentId)) {
            requireByRules(streamId, studentId);
        }
    }

    /** {@link #require} for a student known to have no decision admitting them: the rules alone decide. */
    public void requireByRules(long streamId, long studentId) {
        if (!byRules(streamId, studentId)) {
            String name = common.academic().studentsOf(streamId).stream().filter(s -> s.userId() == studentId)
                    .map(Student::displayName).findFirst().orElse("");
            throw UserError.conflict("online-attestation.error.notAdmitted", name);
        }
    }

    /** From the stream's rating column, which core keeps: a hall's checks read it once. */
    private boolean byRating(long streamId, long studentId) {
        String rating = common.journals().column(streamId, ADMISSION_RATING).get(studentId);
        if (rating == null || rating.isBlank()) {
            return true;
        }
        try {
            return new BigDecimal(rating.trim()).compareTo(BigDecimal.valueOf(common.settings().minAdmissionRating())) >= 0;
        } catch (NumberFormatException e) {
            // The journal keeps ratings as numbers; anything else is not a rating that reaches the minimum.
            return false;
        }
    }
}
