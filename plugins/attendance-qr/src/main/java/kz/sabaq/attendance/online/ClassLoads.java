package kz.sabaq.attendance.online;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.conference.Load;

/**
 * Online classes as load on their platforms: each class's listeners and its trainer connect at once.
 * Tells the trainer when their class would take the platform over its capacity, counting exam slots
 * and other classes on it then.
 */
final class ClassLoads {
    /** Sessions are found by their start: one that started this long before may still be on. */
    private static final Duration LONGEST_CLASS = Duration.ofHours(12);

    private final Conferences conferences;
    private final AcademicDirectory academic;

    ClassLoads(Conferences conferences, AcademicDirectory academic) {
        this.conferences = conferences;
        this.academic = academic;
    }

    /** The classes on the platform that start in or overlap {@code [from, to)}. */
    List<Load> on(String platform, Instant from, Instant to) {
        List<ClassSession> sessions = academic.sessionsBetween(from.minus(LONGEST_CLASS), to).stream()
                .filter(s -> s.endsAt().isAfter(from) && s.startsAt().isBefore(to)).toList();
        Map<Long, Conferences.Conference> set = conferences.of(sessions.stream().map(ClassSession::id).toList());
        List<Load> loads = new ArrayList<>();
        for (ClassSession s : sessions) {
            Conferences.Conference c = set.get(s.id());
            if (c != null && c.platform().id().equals(platform)) {
                loads.add(new Load(Conferences.MODULE, String.valueOf(s.id()), s.startsAt(), s.endsAt(), connections(s)));
            }
        }
        return loads;
    }

    /** The warning for the session's class on its platform; empty when it fits. */
    Optional<Load.Overload> overload(ClassSession session, Conferences.Conference conference) {
        return conferences.core().overload(conference.platform().id(), conference.meeting(session, ""), connections(session));
    }

    private int connections(ClassSession session) {
        return academic.studentsOf(session.streamId()).size() + 1;
    }
}
