package kz.sabaq.bench.attendance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a session's screen shows now, as a phone camera would read it: the attendance plugin's
 * rotating code, HMAC-SHA256(session secret, "session|IN|slot") cut to 12 bytes, URL-safe, where
 * the slot is the time divided by the rotation. The bench made the secrets, so it reads the screen
 * without asking the server: no trainer's requests mix with the measured ones.
 */
final class ScreenCode {
    private final Clock clock;
    private final long rotationMillis;

    ScreenCode(Clock clock, Duration rotation) {
        this.clock = clock;
        this.rotationMillis = rotation.toMillis();
    }

    String checkInLink(Classes.Meeting meeting) {
        long slot = Math.floorDiv(clock.millis(), rotationMillis);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(meeting.secret(), "HmacSHA256"));
            byte[] code = mac.doFinal((meeting.sessionId() + "|IN|" + slot).getBytes(StandardCharsets.UTF_8));
            return "/attendance-qr/check-in/" + meeting.sessionId() + "/in/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(code, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
