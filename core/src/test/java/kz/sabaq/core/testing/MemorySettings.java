package kz.sabaq.core.testing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.core.setting.SettingRules;

/**
 * A module's settings held in memory: the declared defaults with a test's values over them, read
 * as core reads stored values. {@link #save} takes the values without checking them and records
 * them in {@link #saved()}.
 */
public final class MemorySettings implements ModuleSettings {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> saved = new LinkedHashMap<>();

    public MemorySettings(List<FormField> definitions, Map<String, ?> overrides) {
        for (FormField d : definitions) {
            values.put(d.key(), d.defaultValue());
        }
        overrides.forEach((key, value) -> values.put(key, String.valueOf(value)));
    }

    @Override
    public String text(String key) {
        return value(key);
    }

    @Override
    public boolean bool(String key) {
        return Boolean.parseBoolean(value(key));
    }

    @Override
    public long integer(String key) {
        return Long.parseLong(value(key).trim());
    }

    @Override
    public BigDecimal decimal(String key) {
        return new BigDecimal(value(key).trim());
    }

    @Override
    public List<String> choices(String key) {
        return SettingRules.split(value(key));
    }

    @Override
    public void save(Map<String, String> changes) {
        saved.putAll(changes);
        values.putAll(changes);
    }

    /** Changes a value as an administrator elsewhere would (not recorded in {@link #saved()}). */
    public MemorySettings set(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    /** Everything {@link #save} was given, latest value of each key. */
    public Map<String, String> saved() {
        return saved;
    }

    private String value(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting " + key + " declared or given");
        }
        return v;
    }
}
