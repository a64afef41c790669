package kz.sabaq.attendance.live;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import kz.sabaq.api.live.LiveEvent;
import kz.sabaq.api.live.LiveUpdates;

/**
 * The live stream of one session page: an event {@code marks} whenever the session's marks change,
 * so the page fetches the new list without a reload. A change on this node wakes the stream at
 * once; between wakes it compares the database fingerprint, which also sees changes made on other
 * nodes.
 */
public final class MarkEvents {
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    private final LiveUpdates live;
    private final LiveMapper fingerprints;

    public MarkEvents(LiveUpdates live, LiveMapper fingerprints) {
        this.live = live;
        this.fingerprints = fingerprints;
    }

    public void stream(long sessionId, SseEventSink sink, Sse sse) {
        live.stream(sessionId, CHECK_EVERY, sink, sse, new Marks(sessionId));
    }

    /** One stream's view: the fingerprint it last announced. */
    private final class Marks implements Supplier<List<LiveEvent>> {
        private final long sessionId;
        private String announced;

        Marks(long sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public List<LiveEvent> get() {
            String now = fingerprints.fingerprint(sessionId);
            if (now.equals(announced)) {
                return List.of();
            }
            announced = now;
            return List.of(new LiveEvent("marks", now));
        }
    }
}
