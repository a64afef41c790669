package kz.sabaq.attendance.mark;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.code.Phase;

/** Statuses and marking windows from the session's schedule, the server time and the settings. */
public final class Timing {
    private final AttendanceSettings settings;

    public Timing(AttendanceSettings settings) {
        this.settings = settings;
    }

    /** On time up to the start plus the grace; late after it; very late beyond the very-late threshold. */
    public MarkStatus arrival(ClassSession session, Instant at) {
        Duration delay = Duration.between(session.startsAt(), at);
        if (delay.compareTo(settings.grace()) <= 0) {
            return MarkStatus.ON_TIME;
        }
        return delay.compareTo(settings.veryLate()) <= 0 ? MarkStatus.LATE : MarkStatus.VERY_LATE;
    }

    /** Left on time at or after the scheduled end; left early before it. */
    public MarkStatus departure(ClassSession session, Instant at) {
        return at.isBefore(session.endsAt()) ? MarkStatus.LEFT_EARLY : MarkStatus.LEFT_ON_TIME;
    }

    public MarkStatus status(Phase phase, ClassSession session, Instant at) {
        return phase == Phase.IN ? arrival(session, at) : departure(session, at);
    }

    /** Arrival this late counts as an absence in the journal. */
    public boolean countsAsAbsence(ClassSession session, Instant arrivedAt) {
        return Duration.between(session.startsAt(), arrivedAt).compareTo(settings.absenceAfter()) > 0;
    }

    /** When the trainer's screen shows this phase's code (check-out: {@code checkOutOpensMinutes} before the end). */
    public Instant opens(Phase phase, ClassSession session) {
        return phase == Phase.IN ? session.startsAt().minus(settings.checkInOpens())
                : session.endsAt().minus(settings.checkOutOpens());
    }

    public Instant closes(Phase phase, ClassSession session) {
        return phase == Phase.IN ? session.endsAt() : session.endsAt().plus(settings.checkOutCloses());
    }

    /**
     * Whether a scan of this phase is taken now. Both open with the arrival's window: a departure may
     * be scanned at any time after arriving (seed 000 "ерте шығу": a listener may leave early), the
     * arrival itself being required where the departure is claimed.
     */
    public boolean open(Phase phase, ClassSession session, Instant at) {
        return !at.isBefore(opens(Phase.IN, session)) && !at.isAfter(closes(phase, session));
    }

    /** The i18n key saying why marking is not possible at {@code at}; empty inside the window. */
    public Optional<String> closedReason(Phase phase, ClassSession session, Instant at) {
        String which = phase == Phase.IN ? "checkIn" : "checkOut";
        if (at.isBefore(opens(Phase.IN, session))) {
            return Optional.of("attendance-qr.error." + which + "NotOpen");
        }
        if (at.isAfter(closes(phase, session))) {
            return Optional.of("attendance-qr.error." + which + "Closed");
        }
        return Optional.empty();
    }

    /** When the system records "did not mark exit" for the session. */
    public Instant autoExit(ClassSession session) {
        return session.endsAt().plus(settings.autoExit());
    }
}
