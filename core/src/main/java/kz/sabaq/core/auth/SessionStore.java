package kz.sabaq.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Sessions live in MariaDB so any node can serve any request. The cookie holds a random token;
 * the table holds only its SHA-256, so a leaked table logs nobody in.
 */
public final class SessionStore {
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final SessionMapper sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SessionCache cache;

    public SessionStore(SessionMapper sessions, Clock clock) {
        this(sessions, clock, null);
    }

    /** With {@code cache}, lookups are kept a few seconds (see {@link SessionCache}); null for none. */
    public SessionStore(SessionMapper sessions, Clock clock, SessionCache cache) {
        this.sessions = sessions;
        this.clock = clock;
        this.cache = cache;
    }

    /** A new session (new id at every login); returns the cookie token. */
    public String open(long userId) {
        String token = randomToken();
        LocalDateTime now = LocalDateTime.now(clock);
        sessions.insert(hash(token), userId, randomToken(), now, now.plus(LIFETIME));
        return token;
    }

    public Optional<WebSession> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        byte[] hash = hash(token);
        Optional<WebSession> found = cache == null ? sessions.find(hash) : cache.find(hash, () -> sessions.find(hash));
        return found.filter(s -> s.active() && s.expiresAt().isAfter(now));
    }

    public void close(String token) {
        if (token != null) {
            sessions.delete(hash(token));
            forget();
        }
    }

    /** After a password change: every other browser of this user is logged out. */
    public void closeOthers(long userId, String keepToken) {
        sessions.deleteOthersOf(userId, hash(keepToken));
        forget();
    }

    public void closeAll(long userId) {
        sessions.deleteAllOf(userId);
        forget();
    }

    public int purgeExpired() {
        return sessions.deleteExpired(LocalDateTime.now(clock));
    }

    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Also done by the writes' signal when wired; explicit here so a store without that wiring is right too. */
    private void forget() {
        if (cache != null) {
            cache.forgetAll();
        }
    }
}
