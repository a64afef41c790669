package kz.sabaq.attestation.distribution;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each stream's tile secret: made on first use (the first of two concurrent makers wins), then kept. */
final class TileSecrets {
    private final DistributionMapper store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, byte[]> known = new ConcurrentHashMap<>();

    TileSecrets(DistributionMapper store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    byte[] of(long streamId) {
        byte[] secret = known.get(streamId);
        if (secret != null) {
            return secret;
        }
        String stored = store.secret(streamId);
        if (stored == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            store.offerSecret(streamId, HexFormat.of().formatHex(fresh), clock.instant());
            stored = store.secret(streamId);
            if (stored == null) {
                throw new IllegalStateException("No online final control for stream " + streamId);
            }
        }
        secret = HexFormat.of().parseHex(stored);
        known.put(streamId, secret);
        return secret;
    }
}
