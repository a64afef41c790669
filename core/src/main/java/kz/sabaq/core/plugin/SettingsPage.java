package kz.sabaq.core.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FieldType;
import kz.sabaq.api.form.FormField;

/** A module's settings as a form generated from their metadata; the template picks each control by its kind. */
public final class SettingsPage {
    /** The prefix of every setting's field name, so no setting can collide with the CSRF field. */
    static final String FIELD = "s.";

    private SettingsPage() {
    }

    /**
     * @param coreTitleKey the title of core's own settings (the journal's), or null for a plugin's
     * @param empty        whether the module has no setting at all
     */
    public record Model(String pluginId, String coreTitleKey, List<Field> fields, boolean saved, boolean canEdit,
                 boolean empty) {
    }

    /** How a setting is asked. */
    enum Control { CHECKBOX, NUMBER, TEXT, URL, SECRET, CHOICE, MULTI_CHOICE }

    /**
     * One setting's control. A secret's {@code value} is always empty; {@code kept} says one is saved.
     * {@code step}, {@code min} and {@code max} are a number's.
     */
    record Field(String name, String id, String labelKey, String value, boolean kept, Control control, String step,
                 Long min, Long max, boolean checked, List<Option> options) {
        public boolean checkbox() {
            return control == Control.CHECKBOX;
        }

        public boolean number() {
            return control == Control.NUMBER;
        }

        public boolean text() {
            return control == Control.TEXT;
        }

        public boolean url() {
            return control == Control.URL;
        }

        public boolean secret() {
            return control == Control.SECRET;
        }

        public boolean choice() {
            return control == Control.CHOICE;
        }

        public boolean multiChoice() {
            return control == Control.MULTI_CHOICE;
        }
    }

    /**
     * One choice: named by {@code labelKey} (translated), or by {@code label} where the choices are
     * known only at wiring. {@code missing} marks a saved value that names no choice any more.
     */
    record Option(String value, String labelKey, String label, boolean missing, boolean selected) {
    }

    static Field field(String moduleId, FormField d, String value) {
        String labelKey = d.labelKey() != null ? d.labelKey() : moduleId + ".setting." + d.key();
        boolean secret = d.secret();
        List<String> chosen = value == null ? List.of() : List.of(value.split(","));
        List<Option> options = new ArrayList<>();
        for (String v : d.allowedValues()) {
            options.add(new Option(v, labelKey + "." + v, null, false, chosen.contains(v)));
        }
        return new Field(FIELD + d.key(), "setting-" + d.key(), labelKey, value == null || secret ? "" : value,
                secret && value != null && !value.isBlank(), secret ? Control.SECRET : control(d.type()),
                d.type() == FieldType.DECIMAL ? "any" : "1", d.min(), d.max(), "true".equals(value), options);
    }

    private static Control control(FieldType type) {
        return switch (type) {
            case BOOLEAN -> Control.CHECKBOX;
            case INTEGER, DECIMAL -> Control.NUMBER;
            case TEXT -> Control.TEXT;
            case URL -> Control.URL;
            case CHOICE -> Control.CHOICE;
            case MULTI_CHOICE -> Control.MULTI_CHOICE;
        };
    }

    /**
     * A text setting offered as a choice known at wiring: a select of the choices' names, the saved
     * value kept (marked as not started) when it names none of them.
     */
    static Field offered(Field field, Map<String, LocalizedName> choices, String value, Locale locale) {
        List<Option> options = new ArrayList<>();
        if (value != null && !choices.containsKey(value)) {
            options.add(new Option(value, null, value, true, true));
        }
        choices.forEach((v, name) -> options.add(new Option(v, null, name.in(locale), false, v.equals(value))));
        return new Field(field.name(), field.id(), field.labelKey(), field.value(), field.kept(), Control.CHOICE,
                field.step(), field.min(), field.max(), field.checked(), options);
    }
}
