package kz.sabaq.core.academic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.sabaq.core.auth.Iin;
import kz.sabaq.core.auth.PasswordResource;

/** Turns the text of a CSV cell into the value its column's type says, or a reason why not. */
public final class Cells {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> TRUE = Set.of("true", "yes", "1", "иә", "да");
    private static final Set<String> FALSE = Set.of("false", "no", "0", "жоқ", "нет");

    /** A cell the user got wrong: the i18n key of the reason and its arguments. */
    public static final class Refused extends Exception {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        public Problem at(int line, String column) {
            return Problem.of(line, column, key, args);
        }
    }

    /** @return the value, or null for an empty cell of an optional column */
    public static Object parse(Column column, String raw) throws Refused {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            if (column.required()) {
                throw new Refused("core.academic.error.required");
            }
            return null;
        }
        return switch (column.type()) {
            case TEXT -> limited(column, text);
            case INTEGER -> integer(text);
            case DECIMAL -> decimal(text);
            case DATE -> temporal(text, "core.academic.error.date", () -> LocalDate.parse(text, DATE));
            case TIME -> temporal(text, "core.academic.error.time", () -> LocalTime.parse(text, TIME));
            case DATE_TIME -> temporal(text, "core.academic.error.dateTime",
                    () -> LocalDateTime.parse(text.replace('T', ' '), DATE_TIME));
            case BOOLEAN -> bool(text);
            case CHOICE -> choice(column, text);
            case REFERENCE -> text;
            case REFERENCES -> list(text);
            case IIN -> iin(text);
            case EMAIL -> email(column, text);
            case NETWORKS -> networks(text);
            case PASSWORD -> password(text);
        };
    }

    private static String limited(Column column, String text) throws Refused {
        if (column.maxLength() > 0 && text.length() > column.maxLength()) {
            throw new Refused("core.academic.error.tooLong", column.maxLength());
        }
        return text;
    }

    private static Integer integer(String text) throws Refused {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new Refused("core.academic.error.integer", text);
        }
    }

    private static BigDecimal decimal(String text) throws Refused {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Refused("core.academic.error.decimal", text);
        }
    }

    private interface Parse {
        Object get();
    }

    private static Object temporal(String text, String key, Parse parse) throws Refused {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            throw new Refused(key, text);
        }
    }

    private static Boolean bool(String text) throws Refused {
        String value = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(value)) {
            return Boolean.FALSE;
        }
        throw new Refused("core.academic.error.boolean", text);
    }

    private static String choice(Column column, String text) throws Refused {
        for (String allowed : column.choices()) {
            if (allowed.equalsIgnoreCase(text)) {
                return allowed;
            }
        }
        throw new Refused("core.academic.error.choice", text, String.join(", ", column.choices()));
    }

    private static List<String> list(String text) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : text.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }

    private static String iin(String text) throws Refused {
        var problem = Iin.problem(text);
        if (problem.isPresent()) {
            throw new Refused(problem.get());
        }
        return text;
    }

    private static String email(Column column, String text) throws Refused {
        if (!EMAIL.matcher(text).matches()) {
            throw new Refused("core.academic.error.email", text);
        }
        return limited(column, text);
    }

    private static List<String> networks(String text) throws Refused {
        List<String> networks = new ArrayList<>();
        for (String item : list(text)) {
            networks.add(Cidr.parse(item).orElseThrow(() -> new Refused("core.academic.error.cidr", item)));
        }
        return networks;
    }

    private static String password(String text) throws Refused {
        if (text.length() < PasswordResource.MIN_LENGTH) {
            throw new Refused("core.academic.error.password", PasswordResource.MIN_LENGTH);
        }
        return text;
    }

    private Cells() {
    }
}
