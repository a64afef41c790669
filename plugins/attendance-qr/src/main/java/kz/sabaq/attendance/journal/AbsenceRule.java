package kz.sabaq.attendance.journal;

import java.time.Duration;
import java.time.ZoneOffset;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;

/**
 * When an arrival counts as an absence in the journal: no arrival, marked absent, a rejected mark,
 * or a late arrival beyond the absence threshold (seed 004: "lateness over 20 minutes counts as an
 * absence"). A suspicious mark not yet reviewed counts as present.
 */
public final class AbsenceRule {
    private final AttendanceSettings settings;

    public AbsenceRule(AttendanceSettings settings) {
        this.settings = settings;
    }

    /** @param arrival the listener's arrival mark in the session, or null */
    public boolean absent(Mark arrival, ClassSession session) {
        if (arrival == null || arrival.status() == MarkStatus.ABSENT || arrival.review() == Review.REJECTED) {
            return true;
        }
        Duration delay = Duration.between(session.startsAt(), arrival.markedAt().toInstant(ZoneOffset.UTC));
        return lateness(arrival) && delay.compareTo(settings.absenceAfter()) > 0;
    }

    public boolean lateness(Mark arrival) {
        return arrival.status() == MarkStatus.LATE || arrival.status() == MarkStatus.VERY_LATE;
    }
}
