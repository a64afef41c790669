package kz.sabaq.core.role;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Role codes: lower-case Latin letters, digits and underscores, starting with a letter, unique. */
final class RoleCodes {
    static final int MAX_LENGTH = 60;
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{1," + (MAX_LENGTH - 1) + "}");

    static boolean valid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** A free code made from the Latin letters and digits of the name ("role" when it has none). */
    static String generate(String name, Predicate<String> taken) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^[^a-z]+|_+$", "");
        if (slug.length() < 2) {
            slug = "role";
        }
        slug = slug.substring(0, Math.min(slug.length(), MAX_LENGTH - 4));
        String code = slug;
        for (int n = 2; taken.test(code); n++) {
            code = slug + "_" + n;
        }
        return code;
    }

    private RoleCodes() {
    }
}
