package kz.sabaq.attendance.report;

import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.attendance.journal.AbsenceRule;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.Review;

/** How a report counts one listener in one held session, by the arrival. */
public enum Category {
    ON_TIME("attendance-qr.status.onTime"),
    LATE("attendance-qr.status.late"),
    VERY_LATE("attendance-qr.status.veryLate"),
    MANUAL("attendance-qr.status.manual"),
    SUSPICIOUS("attendance-qr.status.suspicious"),
    EXCUSED("attendance-qr.report.excused"),
    ABSENT("attendance-qr.report.absent");

    private final String labelKey;

    Category(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /**
     * The arrival's category; {@code absence} is decided by the journal's rule, so a lateness beyond
     * the absence threshold is an absence here too.
     */
    static Category of(Mark arrival, ClassSession session, boolean permit, AbsenceRule rule) {
        if (rule.absent(arrival, session)) {
            return permit ? EXCUSED : ABSENT;
        }
        if (arrival.review() == Review.PENDING) {
            return SUSPICIOUS;
        }
        return switch (arrival.status()) {
            case LATE -> LATE;
            case VERY_LATE -> VERY_LATE;
            case MANUAL -> MANUAL;
            default -> ON_TIME;
        };
    }
}
