package kz.sabaq.attestation;

import java.math.BigDecimal;
import kz.sabaq.api.journal.Journals;

/**
 * Whether a student is admitted to the stream's final control ("Емтиханға жіберілмейді" when not):
 * from the attendance plugin's admission service when that plugin is enabled, else from the
 * journal's admission rating cell, which must reach the institution's minimum when it is set.
 */
public final class Admissions {
    /** Journal column of the admission rating, in points. */
    public static final String ADMISSION_RATING = "admission";

    private final Attestation common;

    public Admissions(Attestation common) {
        this.common = common;
    }

    public boolean admitted(long streamId, long studentId) {
        return common.attendanceAdmission()
                .map(a -> a.of(streamId, studentId).admitted())
                .orElseGet(() -> byRating(common.journals(), streamId, studentId));
    }

    private boolean byRating(Journals journals, long streamId, long studentId) {
        String rating = journals.grades(streamId, studentId).get(ADMISSION_RATING);
        if (rating == null || rating.isBlank()) {
            return true;
        }
        try {
            return new BigDecimal(rating.trim()).compareTo(BigDecimal.valueOf(common.settings().minAdmissionRating())) >= 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
