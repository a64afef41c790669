package kz.sabaq.attendance.code;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The marks a browser made in its most recent sessions, as the browser itself keeps them (a
 * cookie signed by {@link MarkMemories}). When a scan's browser remembers another listener's mark
 * in the same session and phase, one phone is marking for several listeners.
 *
 * @param sessions most recent first, at most {@link #SESSIONS}
 */
public record MarkMemory(List<Session> sessions) {
    static final int SESSIONS = 3;
    static final int MARKS_PER_SESSION = 16;

    /** One session's marks, each written as the phase's initial and the listener: {@code i123}, {@code o123}. */
    public record Session(long id, Set<String> marks) {
    }

    public static final MarkMemory NONE = new MarkMemory(List.of());

    /** Whether this browser marked someone other than the listener in this session and phase. */
    public boolean marked(long sessionId, Phase phase, long otherThan) {
        String own = entry(phase, otherThan);
        return session(sessionId)
                .map(s -> s.marks().stream().anyMatch(m -> m.charAt(0) == own.charAt(0) && !m.equals(own)))
                .orElse(false);
    }

    /** The memory with this mark added, or empty when the browser already remembers it. */
    public Optional<MarkMemory> with(long sessionId, Phase phase, long studentId) {
        String mark = entry(phase, studentId);
        Set<String> marks = new LinkedHashSet<>(session(sessionId).map(Session::marks).orElse(Set.of()));
        if (!marks.add(mark)) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>(marks);
        List<Session> sessions = new ArrayList<>();
        sessions.add(new Session(sessionId, new LinkedHashSet<>(kept.subList(Math.max(0, kept.size() - MARKS_PER_SESSION), kept.size()))));
        for (Session s : this.sessions) {
            if (s.id() != sessionId && sessions.size() < SESSIONS) {
                sessions.add(s);
            }
        }
        return Optional.of(new MarkMemory(List.copyOf(sessions)));
    }

    private Optional<Session> session(long sessionId) {
        return sessions.stream().filter(s -> s.id() == sessionId).findFirst();
    }

    static String entry(Phase phase, long studentId) {
        return phase.path().charAt(0) + Long.toString(studentId);
    }
}
