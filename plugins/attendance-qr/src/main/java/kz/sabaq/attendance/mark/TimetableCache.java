package kz.sabaq.attendance.mark;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Room;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.academic.Student;

/**
 * The timetable sessions, streams, rooms and stream memberships that scans read, kept for a
 * minute: a whole group scans the same session within seconds, and its schedule does not change
 * meanwhile. A change in the timetable reaches check-ins within {@link #KEEP}. A hall misses at
 * the same instant when its class opens; the first miss loads and the others wait for its result.
 */
public final class TimetableCache {
    static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MOST = 20_000;

    private final AcademicDirectory academic;
    private final LoadingCache<Long, Optional<ClassSession>> sessions;
    private final LoadingCache<Long, Optional<Stream>> streams;
    private final LoadingCache<Long, Optional<Room>> rooms;
    private final LoadingCache<Long, Set<Long>> listeners;

    public TimetableCache(AcademicDirectory academic, Clock clock) {
        this.academic = academic;
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.sessions = kept(ticker, academic::session);
        this.streams = kept(ticker, academic::stream);
        this.rooms = kept(ticker, academic::room);
        this.listeners = kept(ticker, this::listenersOf);
    }

    private static <T> LoadingCache<Long, T> kept(Ticker ticker, Function<Long, T> load) {
        // Upkeep runs on the calling thread, so tests that move the clock see it at once.
        return Caffeine.newBuilder().ticker(ticker).executor(Runnable::run).expireAfterWrite(KEEP).maximumSize(MOST)
                .build(load::apply);
    }

    public Optional<ClassSession> session(long id) {
        return sessions.get(id);
    }

    public Optional<Stream> stream(long id) {
        return streams.get(id);
    }

    public Optional<Room> room(long id) {
        return rooms.get(id);
    }

    /**
     * Whether the user is a listener of the stream. The stream's listeners are read once and kept
     * for {@link #KEEP}, so a hall scanning one session asks once, not once per listener. Someone
     * not among the kept listeners is asked about afresh: a listener added to a group can scan at
     * once; one removed from it is refused within a minute.
     */
    public boolean isStudentOf(long streamId, long userId) {
        return listeners.get(streamId).contains(userId) || academic.isStudentOf(streamId, userId);
    }

    private Set<Long> listenersOf(long streamId) {
        return academic.studentsOf(streamId).stream().map(Student::userId).collect(Collectors.toUnmodifiableSet());
    }
}
