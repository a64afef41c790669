package kz.sabaq.examtest.bank;

import java.util.Locale;
import java.util.Optional;

/** Enum constants as forms, files and tables write them: the lower-case name. */
final class Codes {
    private Codes() {
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (code(e).equalsIgnoreCase(code.strip())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
