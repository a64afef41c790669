package kz.sabaq.attendance.scan;

import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A long-lived random cookie naming the browser, so one phone marking for several listeners can
 * be seen. Only a hash of it is stored with a mark.
 */
final class DeviceCookie {
    static final String NAME = "sabaq_att_device";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int MAX_AGE_SECONDS = 400 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final boolean fresh;

    private DeviceCookie(String token, boolean fresh) {
        this.token = token;
        this.fresh = fresh;
    }

    /** The browser's cookie, or a new one when it has none (or a malformed one). */
    static DeviceCookie of(String value) {
        if (value != null && FORM.matcher(value).matches()) {
            return new DeviceCookie(value, false);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new DeviceCookie(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
    }

    byte[] hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cookie to set on the answer, or null when the browser already has it. */
    NewCookie toSet(boolean secure) {
        if (!fresh) {
            return null;
        }
        return new NewCookie.Builder(NAME).value(token).path("/attendance-qr/check-in").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(MAX_AGE_SECONDS).build();
    }
}
