package kz.sabaq.attendance.mark;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The cheap signal in front of the database's word on shared sources: this node's memory of the
 * device and address of each recent mark, per session and phase, so that a scan sharing neither
 * with another listener (nearly all of them) costs no statement beyond its claim. Only a hit sends
 * {@link CheckIns} to the database, which has every mark's device and address and decides. A
 * session is forgotten a day after it was last marked; its addresses after the window.
 */
final class RecentSources {
    private static final int MAX_SESSIONS = 20_000;

    private final Cache<String, Seen> sessions = Caffeine.newBuilder()
            .maximumSize(MAX_SESSIONS).expireAfterAccess(Duration.ofDays(1)).build();

    /**
     * Remembers the mark's device and address, and says whether another listener's mark of the
     * same session and phase had the same device, or the same address within {@code window}.
     *
     * @param address the address to compare, or null when it is not compared
     */
    boolean sharedWithAnother(Mark mark, byte[] device, String address, Instant at, Duration window) {
        Seen seen = sessions.get(mark.sessionId() + ":" + mark.phase(), k -> new Seen());
        synchronized (seen) {
            return seen.device(device, mark.studentId()) | seen.address(address, mark.studentId(), at, window);
        }
    }

    /** One session and phase: devices to the listener who used them, and recent addresses. */
    private static final class Seen {
        private final Map<String, Long> devices = new HashMap<>();
        private final Deque<Visit> visits = new ArrayDeque<>();

        private record Visit(String address, long studentId, Instant at) {
        }

        boolean device(byte[] device, long studentId) {
            if (device == null) {
                return false;
            }
            Long before = devices.putIfAbsent(Arrays.toString(device), studentId);
            return before != null && before != studentId;
        }

        boolean address(String address, long studentId, Instant at, Duration window) {
            if (address == null) {
                return false;
            }
            while (!visits.isEmpty() && visits.peekFirst().at().isBefore(at.minus(window))) {
                visits.removeFirst();
            }
            boolean shared = visits.stream().anyMatch(v -> v.address().equals(address) && v.studentId() != studentId
                    && !v.at().isAfter(at.plus(window)));
            visits.addLast(new Visit(address, studentId, at));
            return shared;
        }
    }
}
