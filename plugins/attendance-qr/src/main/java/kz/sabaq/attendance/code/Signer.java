package kz.sabaq.attendance.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a session's secret. */
final class Signer {
    /** The pattern of a {@link #browserTag}: 16 bytes in URL-safe Base64 without padding. */
    static final String TAG = "[A-Za-z0-9_-]{22}";
    private static final int TAG_BYTES = 16;

    /** A Mac per thread: looking one up costs more than signing a short message with it. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    });

    static byte[] sign(byte[] secret, String message) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * A short signature of a message that only the browser it was given to can present: the device
     * cookie's hash is signed with it.
     */
    static String browserTag(byte[] secret, String message, byte[] device) {
        byte[] mac = sign(secret, message + "|" + Base64.getEncoder().encodeToString(device));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac, TAG_BYTES));
    }

    /** Whether a presented tag is the expected one, compared in constant time. */
    static boolean sameTag(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private Signer() {
    }
}
