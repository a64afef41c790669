package kz.sabaq.core.setting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;

/** Checks a value against a setting's metadata; the same rules for the profile, the admin form and the CLI. */
public final class SettingRules {
    static final int MAX_TEXT = 2000;

    public static Optional<SettingProblem> check(FormField d, String value) {
        if (value == null) {
            return problem(d, "core.setting.error.required");
        }
        return switch (d.type()) {
            case BOOLEAN -> "true".equals(value) || "false".equals(value)
                    ? Optional.empty() : problem(d, "core.setting.error.boolean");
            case INTEGER -> checkInteger(d, value);
            case DECIMAL -> checkDecimal(d, value);
            case TEXT -> value.length() <= MAX_TEXT ? Optional.empty() : problem(d, "core.setting.error.tooLong", MAX_TEXT);
            case URL -> value.isEmpty() || value.length() <= MAX_TEXT && FieldType.isWebAddress(value)
                    ? Optional.empty() : problem(d, "core.setting.error.url");
            case CHOICE -> d.allowedValues().contains(value)
                    ? Optional.empty() : problem(d, "core.setting.error.choice", String.join(", ", d.allowedValues()));
            case MULTI_CHOICE -> split(value).stream().allMatch(d.allowedValues()::contains)
                    ? Optional.empty() : problem(d, "core.setting.error.choice", String.join(", ", d.allowedValues()));
        };
    }

    private static Optional<SettingProblem> checkInteger(FormField d, String value) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return problem(d, "core.setting.error.integer");
        }
        if ((d.min() != null && n < d.min()) || (d.max() != null && n > d.max())) {
            return problem(d, "core.setting.error.range", d.min(), d.max());
        }
        return Optional.empty();
    }

    private static Optional<SettingProblem> checkDecimal(FormField d, String value) {
        BigDecimal n;
        try {
            n = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return problem(d, "core.setting.error.decimal");
        }
        if ((d.min() != null && n.compareTo(BigDecimal.valueOf(d.min())) < 0)
                || (d.max() != null && n.compareTo(BigDecimal.valueOf(d.max())) > 0)) {
            return problem(d, "core.setting.error.range", d.min(), d.max());
        }
        return Optional.empty();
    }

    private static Optional<SettingProblem> problem(FormField d, String key, Object... args) {
        return Optional.of(new SettingProblem(d.key(), key, args));
    }

    public static List<String> split(String multi) {
        if (multi == null || multi.isBlank()) {
            return List.of();
        }
        return List.of(multi.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A profile's YAML value (boolean, number, list, text) as the stored text form. */
    public static String fromYaml(Object value) {
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private SettingRules() {
    }
}
