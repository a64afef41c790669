package kz.sabaq.api.setting;

import java.util.List;

/**
 * Metadata of one module setting, from which the admin form is generated and values validated.
 * The label is the i18n key {@code <module>.setting.<key>}; a choice's label is
 * {@code <module>.setting.<key>.<value>}.
 *
 * <pre>{@code
 * SettingDefinition.integer("latenessesPerAbsence", 5, 1, 50)
 * SettingDefinition.choice("distribution", "random", List.of("random", "self-select"))
 * }</pre>
 */
public record SettingDefinition(
        String key,
        SettingType type,
        String defaultValue,
        List<String> allowedValues,
        Long min,
        Long max) {

    public static SettingDefinition bool(String key, boolean defaultValue) {
        return new SettingDefinition(key, SettingType.BOOLEAN, String.valueOf(defaultValue), List.of(), null, null);
    }

    public static SettingDefinition integer(String key, long defaultValue, long min, long max) {
        return new SettingDefinition(key, SettingType.INTEGER, String.valueOf(defaultValue), List.of(), min, max);
    }

    public static SettingDefinition decimal(String key, String defaultValue, long min, long max) {
        return new SettingDefinition(key, SettingType.DECIMAL, defaultValue, List.of(), min, max);
    }

    public static SettingDefinition text(String key, String defaultValue) {
        return new SettingDefinition(key, SettingType.TEXT, defaultValue, List.of(), null, null);
    }

    /** An http(s) address (a server's API address); empty by default means "not set yet". */
    public static SettingDefinition url(String key, String defaultValue) {
        return new SettingDefinition(key, SettingType.URL, defaultValue, List.of(), null, null);
    }

    /** A text shown to nobody once saved, e.g. a server's shared secret; empty until an administrator sets it. */
    public static SettingDefinition secret(String key) {
        return new SettingDefinition(key, SettingType.SECRET, "", List.of(), null, null);
    }

    public static SettingDefinition choice(String key, String defaultValue, List<String> allowed) {
        return new SettingDefinition(key, SettingType.CHOICE, defaultValue, List.copyOf(allowed), null, null);
    }

    public static SettingDefinition multiChoice(String key, String defaultValue, List<String> allowed) {
        return new SettingDefinition(key, SettingType.MULTI_CHOICE, defaultValue, List.copyOf(allowed), null, null);
    }
}
