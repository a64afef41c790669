package kz.sabaq.attendance.code;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The marks a browser made in one session, as the browser itself keeps them (a cookie signed by
 * {@link MarkMemories}). When a scan's browser remembers another listener's mark in the same
 * session and phase, one phone is marking for several listeners.
 *
 * @param marks each written as the phase's initial and the listener ({@code i123}, {@code o123}), oldest first
 */
public record MarkMemory(long sessionId, Set<String> marks) {
    static final int MARKS = 16;

    static MarkMemory none(long sessionId) {
        return new MarkMemory(sessionId, Set.of());
    }

    /** Whether this browser marked someone other than the listener in this phase. */
    public boolean marked(Phase phase, long otherThan) {
        String own = entry(phase, otherThan);
        return marks.stream().anyMatch(m -> m.charAt(0) == own.charAt(0) && !m.equals(own));
    }

    /** The memory with this mark added (the oldest dropped past {@link #MARKS}), or empty when it holds the mark. */
    Optional<MarkMemory> with(Phase phase, long studentId) {
        Set<String> more = new LinkedHashSet<>(marks);
        if (!more.add(entry(phase, studentId))) {
            return Optional.empty();
        }
        for (Iterator<String> oldest = more.iterator(); more.size() > MARKS; ) {
            oldest.next();
            oldest.remove();
        }
        return Optional.of(new MarkMemory(sessionId, more));
    }

    private static String entry(Phase phase, long studentId) {
        return phase.path().charAt(0) + Long.toString(studentId);
    }
}
