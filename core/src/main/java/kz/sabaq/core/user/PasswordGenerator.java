package kz.sabaq.core.user;

import java.security.SecureRandom;

/** Strong passwords an administrator hands over: 16 characters without look-alikes (about 93 bits). */
public final class PasswordGenerator {
    static final int LENGTH = 16;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
