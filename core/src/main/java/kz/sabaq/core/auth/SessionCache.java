package kz.sabaq.core.auth;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import kz.sabaq.core.db.KeptReads;

/**
 * Keeps the sessions this node looked up for a few seconds, so a browser's burst of requests (a
 * page and its parts, a QR scan after a scan) costs one query. Correct across nodes because it
 * keeps nothing longer than {@link #KEEP}: a logout, deactivation, role or language change made on
 * another node is seen within that time. Changes made on this node forget everything at once
 * ({@link #forgetAll}, wired to writes of the user and role tables, and called by the
 * {@link SessionStore} when it deletes sessions); a lookup that raced such a change is not kept.
 * A login (a new session row) changes no kept session, so students logging in while a hall is
 * already at work do not empty it. Only found sessions are kept; an unknown token is asked for
 * each time.
 */
public final class SessionCache {
    public static final Duration KEEP = Duration.ofSeconds(2);

    private final KeptReads<ByteBuffer, Optional<WebSession>> kept;

    public SessionCache(Clock clock) {
        this.kept = new KeptReads<>(clock, KEEP);
    }

    /** The kept session of this token hash, else {@code load}'s answer, kept when it found one. */
    Optional<WebSession> find(byte[] tokenHash, Supplier<Optional<WebSession>> load) {
        return kept.found(ByteBuffer.wrap(tokenHash), load);
    }

    /** After a write to sessions, users or roles on this node: nothing kept before it is used again. */
    public void forgetAll() {
        kept.forgetAll();
    }
}
