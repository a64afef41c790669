package kz.sabaq.attendance.code;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The random secret of each timetable session, from which its codes and receipts are signed. It is
 * made on first use and stored, so every node computes the same codes; nodes keep recent ones in
 * memory because a secret never changes.
 */
public final class SessionSecrets {
    private static final int CACHED = 10_000;

    private final SecretMapper secrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
            return size() > CACHED;
        }
    });

    public SessionSecrets(SecretMapper secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    public byte[] of(long sessionId) {
        byte[] known = cache.get(sessionId);
        if (known != null) {
            return known;
        }
        byte[] secret = secrets.find(sessionId).orElseGet(() -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            secrets.insertFirst(sessionId, fresh, LocalDateTime.now(clock));
            return secrets.find(sessionId).orElseThrow();
        });
        cache.put(sessionId, secret);
        return secret;
    }
}
