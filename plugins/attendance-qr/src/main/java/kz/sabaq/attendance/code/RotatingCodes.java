package kz.sabaq.attendance.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import kz.sabaq.attendance.AttendanceSettings;

/**
 * The codes a session's screen shows. A code is HMAC-SHA256(session secret, "session|phase|slot"),
 * where the slot is the server time divided by the rotation period: codes are computed, never
 * stored, and the trainer's computer clock plays no part. The current and the previous slot are
 * accepted (a scan in flight); an older code shown at most {@code expiredCode} ago is accepted as
 * {@link Freshness#EXPIRED} so the mark is recorded as suspicious (a photo of the screen forwarded
 * later); anything else is refused.
 */
public final class RotatingCodes {
    private static final int LINK_BYTES = 12;

    private final SessionSecrets secrets;
    private final AttendanceSettings settings;
    private final Clock clock;

    public enum Freshness { CURRENT, EXPIRED }

    /**
     * What the screen shows now.
     *
     * @param link   the code in the check-in link (URL-safe)
     * @param typed  six digits from the same HMAC, for typing when the camera fails
     * @param slot   the time slot, so a page can ask for this code's image
     * @param until  when the screen should show the next code
     */
    public record Shown(String link, String typed, long slot, Instant until) {
    }

    public RotatingCodes(SessionSecrets secrets, AttendanceSettings settings, Clock clock) {
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
    }

    public Shown current(long sessionId, Phase phase) {
        long period = settings.rotation().toMillis();
        long slot = Math.floorDiv(clock.millis(), period);
        byte[] mac = mac(sessionId, phase, slot);
        return new Shown(link(mac), typed(mac), slot, Instant.ofEpochMilli((slot + 1) * period));
    }

    /** How fresh a code from a check-in link is, at {@code now}; empty when it is wrong or too old. */
    public Optional<Freshness> checkLink(long sessionId, Phase phase, String code, Instant now) {
        byte[] given = code == null ? new byte[0] : code.getBytes(StandardCharsets.US_ASCII);
        return check(sessionId, phase, now, mac -> MessageDigest.isEqual(given, link(mac).getBytes(StandardCharsets.US_ASCII)));
    }

    /** How fresh a typed six-digit code is, at {@code now}; empty when it is wrong or too old. */
    public Optional<Freshness> checkTyped(long sessionId, Phase phase, String code, Instant now) {
        byte[] given = code == null ? new byte[0] : code.strip().getBytes(StandardCharsets.US_ASCII);
        return check(sessionId, phase, now, mac -> MessageDigest.isEqual(given, typed(mac).getBytes(StandardCharsets.US_ASCII)));
    }

    private Optional<Freshness> check(long sessionId, Phase phase, Instant now, Predicate<byte[]> matches) {
        long period = settings.rotation().toMillis();
        long slot = Math.floorDiv(now.toEpochMilli(), period);
        long oldestShownUntil = now.toEpochMilli() - settings.expiredCode().toMillis();
        for (long s = slot; s >= slot - 1 || (s + 1) * period > oldestShownUntil; s--) {
            if (matches.test(mac(sessionId, phase, s))) {
                return Optional.of(s >= slot - 1 ? Freshness.CURRENT : Freshness.EXPIRED);
            }
        }
        return Optional.empty();
    }

    private byte[] mac(long sessionId, Phase phase, long slot) {
        return Signer.sign(secrets.of(sessionId), sessionId + "|" + phase.name() + "|" + slot);
    }

    private static String link(byte[] mac) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, LINK_BYTES));
    }

    /** Dynamic truncation as in HOTP (RFC 4226): 31 bits from an offset the last byte chooses. */
    private static String typed(byte[] mac) {
        int offset = mac[mac.length - 1] & 0x0f;
        int bits = (mac[offset] & 0x7f) << 24 | (mac[offset + 1] & 0xff) << 16
                | (mac[offset + 2] & 0xff) << 8 | mac[offset + 3] & 0xff;
        return String.format("%06d", bits % 1_000_000);
    }
}
