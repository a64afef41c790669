package kz.sabaq.api.setting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.sabaq.api.form.FormField;

/**
 * The declared defaults of some settings, read as {@link ModuleSettings}: what an extension reads
 * before core hands it the effective settings (a grading scale before {@code configure}), so a
 * default is written once, in its {@link FormField}. Read only.
 *
 * <pre>{@code
 * private ModuleSettings settings = DefaultSettings.of(settings());
 * }</pre>
 *
 * @param values each declared setting's default, by key
 */
public record DefaultSettings(Map<String, String> values) implements ModuleSettings {

    public DefaultSettings {
        values = Map.copyOf(values);
    }

    public static ModuleSettings of(List<FormField> definitions) {
        return new DefaultSettings(definitions.stream()
                .collect(Collectors.toUnmodifiableMap(FormField::key, FormField::defaultValue)));
    }

    @Override
    public String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("No setting " + key + " is declared");
        }
        return v;
    }

    @Override
    public boolean bool(String key) {
        return Boolean.parseBoolean(text(key));
    }

    @Override
    public long integer(String key) {
        return Long.parseLong(text(key).trim());
    }

    @Override
    public BigDecimal decimal(String key) {
        return new BigDecimal(text(key).trim());
    }

    @Override
    public List<String> choices(String key) {
        return List.of(text(key).split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Defaults are not saved anywhere: only core's settings save. */
    @Override
    public void save(Map<String, String> values) {
        throw new UnsupportedOperationException("Declared defaults are read only");
    }
}
