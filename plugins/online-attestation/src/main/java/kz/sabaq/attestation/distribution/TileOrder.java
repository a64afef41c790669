package kz.sabaq.attestation.distribution;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which ticket lies behind each tile a student sees: a shuffle of 1..count seeded by an HMAC of the
 * stream and the student under the stream's secret. Random per student, the same on every reload,
 * and unknowable without the secret.
 */
final class TileOrder {

    private TileOrder() {
    }

    /** {@code result[position - 1]} is the ticket number behind tile {@code position}. */
    static int[] of(byte[] secret, long streamId, long studentId, int count) {
        int[] tickets = new int[count];
        for (int i = 0; i < count; i++) {
            tickets[i] = i + 1;
        }
        SplittableRandom random = new SplittableRandom(seed(secret, streamId, studentId));
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = tickets[i];
            tickets[i] = tickets[j];
            tickets[j] = t;
        }
        return tickets;
    }

    private static long seed(byte[] secret, long streamId, long studentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("tiles:" + streamId + ":" + studentId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
