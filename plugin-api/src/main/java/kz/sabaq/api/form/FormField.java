package kz.sabaq.api.form;

import java.util.List;

/**
 * Metadata of one input of a form core generates: a module's setting (the admin's settings page)
 * or a conference platform's field (the class's or exam slot's platform dialog). Core builds the
 * input, checks the value and keeps secrets from this alone.
 *
 * <p>A setting's label is the i18n key {@code <module>.setting.<key>} and a choice's
 * {@code <module>.setting.<key>.<value>}; an input of another form names its own {@code labelKey}.
 *
 * <pre>{@code
 * FormField.integer("latenessesPerAbsence", 5, 1, 50)                       // a setting
 * FormField.choice("distribution", "random", List.of("random", "self-select"))
 * FormField.secret("sharedSecret")                                          // a setting nobody reads back
 * FormField.input("link", "conference-link.field.link").asUrl().asRequired() // a platform's field
 * FormField.input("hostKey", "my-platform.field.hostKey").asSecret().visibleTo(Visibility.STAFF)
 * }</pre>
 *
 * @param labelKey      i18n key of the label; null for a setting (its label follows from its key)
 * @param secret        never shown back once saved (the input stays empty and a blank one keeps the
 *                      saved value), nor in lists or the audit log
 * @param required      must not be blank
 * @param defaultValue  a setting's value until the institution sets one; empty for other inputs
 * @param allowedValues the choices of a {@code CHOICE} or {@code MULTI_CHOICE}
 * @param min           the least number an {@code INTEGER} or {@code DECIMAL} takes, or null
 * @param max           the greatest, or null
 * @param visibility    who sees the saved value on the pages of the class or exam
 */
public record FormField(String key, FieldType type, String labelKey, boolean secret, boolean required,
                        String defaultValue, List<String> allowedValues, Long min, Long max, Visibility visibility) {

    public static FormField bool(String key, boolean defaultValue) {
        return setting(key, FieldType.BOOLEAN, String.valueOf(defaultValue), List.of(), null, null);
    }

    public static FormField integer(String key, long defaultValue, long min, long max) {
        return setting(key, FieldType.INTEGER, String.valueOf(defaultValue), List.of(), min, max);
    }

    public static FormField decimal(String key, String defaultValue, long min, long max) {
        return setting(key, FieldType.DECIMAL, defaultValue, List.of(), min, max);
    }

    public static FormField text(String key, String defaultValue) {
        return setting(key, FieldType.TEXT, defaultValue, List.of(), null, null);
    }

    /** An http(s) address with a host (a server's API address), or empty while not set. */
    public static FormField url(String key, String defaultValue) {
        return text(key, defaultValue).asUrl();
    }

    /** A text setting shown to nobody once saved, e.g. a server's shared secret; empty until an administrator sets it. */
    public static FormField secret(String key) {
        return text(key, "").asSecret();
    }

    public static FormField choice(String key, String defaultValue, List<String> allowed) {
        return setting(key, FieldType.CHOICE, defaultValue, List.copyOf(allowed), null, null);
    }

    public static FormField multiChoice(String key, String defaultValue, List<String> allowed) {
        return setting(key, FieldType.MULTI_CHOICE, defaultValue, List.copyOf(allowed), null, null);
    }

    /** A text input with its own label that every participant may see; refine it with the {@code as…} methods. */
    public static FormField input(String key, String labelKey) {
        return new FormField(key, FieldType.TEXT, labelKey, false, false, "", List.of(), null, null,
                Visibility.PARTICIPANTS);
    }

    public FormField asSecret() {
        return new FormField(key, type, labelKey, true, required, defaultValue, allowedValues, min, max, visibility);
    }

    public FormField asUrl() {
        return new FormField(key, FieldType.URL, labelKey, secret, required, defaultValue, allowedValues, min, max,
                visibility);
    }

    public FormField asRequired() {
        return new FormField(key, type, labelKey, secret, true, defaultValue, allowedValues, min, max, visibility);
    }

    public FormField visibleTo(Visibility who) {
        return new FormField(key, type, labelKey, secret, required, defaultValue, allowedValues, min, max, who);
    }

    /** Whether a viewer may see the saved value: staff see participants' and staff fields, nobody a server-only one. */
    public boolean shownTo(boolean staff) {
        return visibility == Visibility.PARTICIPANTS || staff && visibility == Visibility.STAFF;
    }

    private static FormField setting(String key, FieldType type, String defaultValue, List<String> allowed,
                                     Long min, Long max) {
        return new FormField(key, type, null, false, false, defaultValue, allowed, min, max, Visibility.PARTICIPANTS);
    }
}
