package kz.sabaq.attestation.distribution;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.setting.SettingDefinition;
import kz.sabaq.attestation.AttestationSettings;

/** Module settings held in memory: the declared defaults with a test's values over them. */
final class FakeSettings implements ModuleSettings {
    private final Map<String, String> values = new HashMap<>();

    FakeSettings(Map<String, Object> overrides) {
        for (SettingDefinition d : AttestationSettings.definitions()) {
            values.put(d.key(), d.defaultValue());
        }
        overrides.forEach((k, v) -> values.put(k, String.valueOf(v)));
    }

    @Override
    public String text(String key) {
        return values.get(key);
    }

    @Override
    public boolean bool(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    @Override
    public long integer(String key) {
        return Long.parseLong(values.get(key));
    }

    @Override
    public BigDecimal decimal(String key) {
        return new BigDecimal(values.get(key));
    }

    @Override
    public List<String> choices(String key) {
        return List.of(values.get(key).split(","));
    }

    @Override
    public void save(Map<String, String> changed) {
        values.putAll(changed);
    }
}
