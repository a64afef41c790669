package kz.sabaq.core.academic;

import java.util.List;

/**
 * Why a CSV line cannot be imported.
 *
 * @param line    the line number in the file, 1 being the header
 * @param column  the column at fault, or null for the whole line
 * @param key     i18n key of the reason; {@code args} fill its placeholders
 */
public record Problem(int line, String column, String key, List<Object> args) {

    public static Problem of(int line, String column, String key, Object... args) {
        return new Problem(line, column, key, List.of(args));
    }
}
