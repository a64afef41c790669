package kz.sabaq.core.auth;

import java.util.Optional;

/**
 * The 12-digit individual identification number used as the login. The last digit is a check
 * digit: the sum of digit i × weight i (1..11) mod 11; when that is 10, again with weights
 * 3..11,1,2; when that is 10 too, the number is invalid.
 */
public final class Iin {
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Why a value is not an IIN, as an i18n key; empty when it is one. */
    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return Optional.of("core.iin.format");
        }
        Integer check = checkDigit(value);
        if (check == null || check != value.charAt(11) - '0') {
            return Optional.of("core.iin.checkDigit");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The check digit for the first 11 digits, or null when no digit makes the number valid. */
    public static Integer checkDigit(String first11) {
        int sum = weighted(first11, FIRST_WEIGHTS) % 11;
        if (sum == 10) {
            sum = weighted(first11, SECOND_WEIGHTS) % 11;
        }
        return sum == 10 ? null : sum;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** Completes 11 digits into a valid IIN, or empty when none exists; for demo data and tests. */
    public static Optional<String> complete(String first11) {
        Integer check = checkDigit(first11);
        return check == null ? Optional.empty() : Optional.of(first11 + check);
    }

    private Iin() {
    }
}
