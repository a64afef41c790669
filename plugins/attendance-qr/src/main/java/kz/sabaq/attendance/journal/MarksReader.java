package kz.sabaq.attendance.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.attendance.AttendanceMark;
import kz.sabaq.api.attendance.AttendanceMark.Presence;
import kz.sabaq.api.attendance.AttendanceMarks;
import kz.sabaq.api.attendance.StudentMarks;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;

/**
 * The plugin-api read service of marks: per held session of the stream, the listener's arrival as
 * present, late (with the minutes) or absent (none, marked absent, or rejected by the trainer), and
 * whether a permit excuses it. A suspicious mark not yet reviewed counts as it was recorded.
 */
public final class MarksReader implements AttendanceMarks {
    private final AcademicDirectory academic;
    private final JournalMapper journal;
    private final Clock clock;

    public MarksReader(AcademicDirectory academic, JournalMapper journal, Clock clock) {
        this.academic = academic;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public StudentMarks of(long streamId, long studentId) {
        List<ClassSession> sessions = academic.sessionsOfStream(streamId);
        Instant now = clock.instant();
        List<ClassSession> held = sessions.stream().filter(s -> !s.endsAt().isAfter(now)).toList();
        List<Long> heldIds = held.stream().map(ClassSession::id).toList();
        Map<Long, Mark> arrivals = new HashMap<>();
        Set<Long> permits = new HashSet<>();
        if (!heldIds.isEmpty()) {
            journal.arrivals(studentId, heldIds).forEach(m -> arrivals.put(m.sessionId(), m));
            permits.addAll(journal.permits(studentId, heldIds));
        }
        List<AttendanceMark> marks = new ArrayList<>(held.size());
        for (ClassSession s : held) {
            Mark arrival = arrivals.get(s.id());
            Presence presence = presence(arrival);
            int minutes = presence == Presence.LATE ? minutesLate(s, arrival) : 0;
            marks.add(new AttendanceMark(s.id(), s.startsAt(), s.endsAt(), presence, minutes, permits.contains(s.id())));
        }
        return new StudentMarks(streamId, studentId, sessions.size(), marks);
    }

    private static Presence presence(Mark arrival) {
        if (arrival == null || arrival.status() == MarkStatus.ABSENT || arrival.review() == Review.REJECTED) {
            return Presence.ABSENT;
        }
        return arrival.status() == MarkStatus.LATE || arrival.status() == MarkStatus.VERY_LATE
                ? Presence.LATE : Presence.PRESENT;
    }

    /** Rounded up, so that "more than M minutes" is {@code minutesLate > M} for any second. */
    private static int minutesLate(ClassSession session, Mark arrival) {
        Duration delay = Duration.between(session.startsAt(), arrival.markedAt().toInstant(ZoneOffset.UTC));
        return (int) Math.max(0, (delay.toMillis() + 59_999) / 60_000);
    }
}
