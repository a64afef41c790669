package kz.sabaq.core.auth;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps the sessions this node looked up for a few seconds, so a browser's burst of requests (a
 * page and its parts, a QR scan after a scan) costs one query. Correct across nodes because it
 * keeps nothing longer than {@link #KEEP}: a logout, deactivation, role or language change made on
 * another node is seen within that time. Changes made on this node forget everything at once
 * ({@link #forgetAll}, wired to writes of the session, user and role tables); a lookup that raced
 * such a change is not kept. Only found sessions are kept; an unknown token is asked for each time.
 */
public final class SessionCache {
    public static final Duration KEEP = Duration.ofSeconds(2);
    private static final int MOST = 20_000;

    private final Clock clock;
    private final Map<ByteBuffer, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Kept(WebSession session, Instant until, long generation) {
    }

    public SessionCache(Clock clock) {
        this.clock = clock;
    }

    /** The kept session of this token hash, else {@code load}'s answer, kept when it found one. */
    Optional<WebSession> find(byte[] tokenHash, Supplier<Optional<WebSession>> load) {
        ByteBuffer key = ByteBuffer.wrap(tokenHash);
        Instant now = clock.instant();
        long seen = generation.get();
        Kept k = kept.get(key);
        if (k != null && k.generation() == seen && now.isBefore(k.until())) {
            return Optional.of(k.session());
        }
        Optional<WebSession> found = load.get();
        if (found.isPresent()) {
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.put(key, new Kept(found.get(), now.plus(KEEP), seen));
        } else if (k != null) {
            kept.remove(key);
        }
        return found;
    }

    /** After a write to sessions, users or roles on this node: nothing kept before it is used again. */
    public void forgetAll() {
        generation.incrementAndGet();
        kept.clear();
    }
}
