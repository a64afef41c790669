package kz.sabaq.attendance.mark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Room;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;

/**
 * The timetable sessions, streams, rooms and stream memberships that scans read, kept for a minute: a whole group scans the
 * same session within seconds, and its schedule does not change meanwhile. A change in the
 * timetable reaches check-ins within {@link #KEEP}.
 */
public final class TimetableCache {
    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MOST = 20_000;

    private final AcademicDirectory academic;
    private final Clock clock;
    private final Map<Long, Kept<ClassSession>> sessions = new ConcurrentHashMap<>();
    private final Map<Long, Kept<Stream>> streams = new ConcurrentHashMap<>();
    private final Map<Long, Kept<Room>> rooms = new ConcurrentHashMap<>();
    private final Map<Long, Kept<Set<Long>>> listeners = new ConcurrentHashMap<>();

    private record Kept<T>(Optional<T> value, Instant until) {
    }

    public TimetableCache(AcademicDirectory academic, Clock clock) {
        this.academic = academic;
        this.clock = clock;
    }

    public Optional<ClassSession> session(long id) {
        return read(sessions, id, academic::session);
    }

    public Optional<Stream> stream(long id) {
        return read(streams, id, academic::stream);
    }

    public Optional<Room> room(long id) {
        return read(rooms, id, academic::room);
    }

    /**
     * Whether the user is a listener of the stream. The stream's listeners are read once and kept
     * for {@link #KEEP}, so a hall scanning one session asks once, not once per listener. Someone
     * not among the kept listeners is asked about afresh: a listener added to a group can scan at
     * once; one removed from it is refused within a minute.
     */
    public boolean isStudentOf(long streamId, long userId) {
        Set<Long> kept = read(listeners, streamId, id -> Optional.of(listenersOf(id))).orElseThrow();
        return kept.contains(userId) || academic.isStudentOf(streamId, userId);
    }

    private Set<Long> listenersOf(long streamId) {
        return academic.studentsOf(streamId).stream().map(Student::userId).collect(Collectors.toUnmodifiableSet());
    }

    private <T> Optional<T> read(Map<Long, Kept<T>> kept, long id, LongFunction<Optional<T>> load) {
        Instant now = clock.instant();
        Kept<T> k = kept.get(id);
        if (k != null && now.isBefore(k.until())) {
            return k.value();
        }
        if (kept.size() >= MOST) {
            kept.clear();
        }
        Optional<T> value = load.apply(id);
        kept.put(id, new Kept<>(value, now.plus(KEEP)));
        return value;
    }
}
