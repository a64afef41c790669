package kz.sabaq.api.attendance;

import java.time.Instant;

/**
 * A student's attendance in one session that has been held, as the attendance plugin recorded it:
 * the arrival (or none), how late, and whether a permit excuses it.
 *
 * @param presence    {@code ABSENT} when the student did not arrive, was marked absent by hand or
 *                    the trainer rejected the mark; {@code LATE} for an arrival after the start
 *                    (its grace period included); else {@code PRESENT}
 * @param minutesLate whole minutes after the scheduled start; 0 unless {@code LATE}
 * @param excused     a permit (рұқсатнама) covers this session
 */
public record AttendanceMark(long sessionId, Instant startsAt, Instant endsAt, Presence presence, int minutesLate,
                             boolean excused) {

    public enum Presence {
        PRESENT, LATE, ABSENT
    }
}
