package kz.sabaq.core.setting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.core.config.ConfigException;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.plugin.PluginStateMapper;

/**
 * Effective module settings: the administrator's value, else the institution profile's, else the
 * declared default. Values are cached; a save refreshes this node at once, other nodes within
 * {@link #MAX_AGE}.
 */
public final class Settings {
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final PluginStateMapper store;
    private final Transactions transactions;
    private final InstitutionProfile profile;
    private final Clock clock;
    private final Map<String, Map<String, FormField>> definitions = new ConcurrentHashMap<>();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Function<Map<String, String>, List<SettingProblem>>> rules = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LocalizedName>> offered = new ConcurrentHashMap<>();

    private record Cached(Map<String, String> values, Instant loadedAt) {
    }

    public Settings(PluginStateMapper store, Transactions transactions, InstitutionProfile profile, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.profile = profile;
        this.clock = clock;
    }

    /** Declares a module's settings and checks the profile's values for it; a bad profile stops the start. */
    public void declare(String moduleId, List<FormField> declared) {
        Map<String, FormField> byKey = new LinkedHashMap<>();
        declared.forEach(d -> byKey.put(d.key(), d));
        definitions.put(moduleId, byKey);
        profile.settingsOf(moduleId).forEach((key, raw) -> {
            FormField d = byKey.get(key);
            if (d == null) {
                throw new ConfigException("Profile " + profile.id + ": plugin " + moduleId + " has no setting '" + key + "'");
            }
            SettingRules.check(d, SettingRules.fromYaml(raw)).ifPresent(p -> {
                throw new ConfigException("Profile " + profile.id + ": " + moduleId + "." + key + " = " + raw
                        + " is invalid (" + p.messageKey() + ")");
            });
        });
    }

    /**
     * A rule over a module's settings taken together, asked before every save (with the values as
     * they would be after it) and now for the profile's values: a refusal of these stops the start.
     */
    public void together(String moduleId, Function<Map<String, String>, List<SettingProblem>> rule) {
        // a plugin may have a module and grading scales: every rule of its settings is asked
        rules.merge(moduleId, rule, (first, second) -> values -> {
            List<SettingProblem> problems = new ArrayList<>(first.apply(values));
            problems.addAll(second.apply(values));
            return problems;
        });
        Map<String, String> profiled = new LinkedHashMap<>();
        definitions.getOrDefault(moduleId, Map.of()).values().forEach(d -> profiled.put(d.key(), d.defaultValue()));
        profile.settingsOf(moduleId).forEach((k, v) -> profiled.put(k, SettingRules.fromYaml(v)));
        rule.apply(profiled).stream().findFirst().ifPresent(p -> {
            throw new ConfigException("Profile " + profile.id + ": " + moduleId + "." + p.key() + " = "
                    + profiled.get(p.key()) + " does not fit the other settings (" + p.messageKey() + ")");
        });
    }

    /** A text setting's values offered as a choice known at wiring (see ModuleWiring#settingChoices). */
    public void offer(String moduleId, String key, Map<String, LocalizedName> choices) {
        if (definition(moduleId, key).isEmpty()) {
            throw new IllegalArgumentException("Module " + moduleId + " declares no setting " + key);
        }
        offered.put(moduleId + "." + key, Collections.unmodifiableMap(new LinkedHashMap<>(choices)));
    }

    /** The choices offered for a setting; empty when its values are not offered as a choice. */
    public Optional<Map<String, LocalizedName>> offered(String moduleId, String key) {
        return Optional.ofNullable(offered.get(moduleId + "." + key));
    }

    public List<FormField> definitionsOf(String moduleId) {
        return List.copyOf(definitions.getOrDefault(moduleId, Map.of()).values());
    }

    public ModuleSettings of(String moduleId) {
        return new View(moduleId);
    }

    public String value(String moduleId, String key) {
        Cached c = cache.get(moduleId);
        if (c == null || Duration.between(c.loadedAt(), clock.instant()).compareTo(MAX_AGE) > 0) {
            c = load(moduleId);
        }
        String v = c.values().get(key);
        if (v == null) {
            throw new IllegalArgumentException("Module " + moduleId + " declares no setting " + key);
        }
        return v;
    }

    private Cached load(String moduleId) {
        Map<String, String> values = new LinkedHashMap<>();
        definitions.getOrDefault(moduleId, Map.of()).values().forEach(d -> values.put(d.key(), d.defaultValue()));
        profile.settingsOf(moduleId).forEach((k, v) -> values.put(k, SettingRules.fromYaml(v)));
        for (Map<String, String> row : store.settings(moduleId)) {
            if (values.containsKey(row.get("settingKey"))) {
                values.put(row.get("settingKey"), row.get("value"));
            }
        }
        Cached c = new Cached(Map.copyOf(values), clock.instant());
        cache.put(moduleId, c);
        return c;
    }

    /**
     * Validates every submitted value and saves all of them, or none when any is invalid.
     *
     * @return the problems; empty when saved
     */
    public List<SettingProblem> save(String moduleId, Map<String, String> submitted) {
        Map<String, FormField> defs = definitions.getOrDefault(moduleId, Map.of());
        List<SettingProblem> problems = new java.util.ArrayList<>();
        for (var e : submitted.entrySet()) {
            FormField d = defs.get(e.getKey());
            if (d == null) {
                problems.add(new SettingProblem(e.getKey(), "core.setting.error.unknown"));
            } else {
                SettingRules.check(d, e.getValue()).ifPresent(problems::add);
                offered(moduleId, d.key()).filter(c -> !c.containsKey(e.getValue())
                        && !e.getValue().equals(value(moduleId, d.key())))
                        .ifPresent(c -> problems.add(new SettingProblem(d.key(), "core.setting.error.choice",
                                String.join(", ", c.keySet()))));
            }
        }
        if (problems.isEmpty() && rules.containsKey(moduleId)) {
            Map<String, String> after = new LinkedHashMap<>(load(moduleId).values());
            after.putAll(submitted);
            problems.addAll(rules.get(moduleId).apply(after));
        }
        if (problems.isEmpty()) {
            transactions.run(() -> submitted.forEach((k, v) -> store.putSetting(moduleId, k, v)));
            load(moduleId);
        }
        return problems;
    }

    private final class View implements ModuleSettings {
        private final String moduleId;

        View(String moduleId) {
            this.moduleId = moduleId;
        }

        @Override
        public String text(String key) {
            return value(moduleId, key);
        }

        @Override
        public boolean bool(String key) {
            return Boolean.parseBoolean(value(moduleId, key));
        }

        @Override
        public long integer(String key) {
            return Long.parseLong(value(moduleId, key).trim());
        }

        @Override
        public BigDecimal decimal(String key) {
            return new BigDecimal(value(moduleId, key).trim());
        }

        @Override
        public List<String> choices(String key) {
            return SettingRules.split(value(moduleId, key));
        }

        @Override
        public void save(Map<String, String> values) {
            List<SettingProblem> problems = Settings.this.save(moduleId, values);
            if (!problems.isEmpty()) {
                SettingProblem first = problems.get(0);
                throw kz.sabaq.api.web.UserError.badRequest(first.messageKey(), first.args());
            }
        }
    }

    public Optional<FormField> definition(String moduleId, String key) {
        return Optional.ofNullable(definitions.getOrDefault(moduleId, Map.of()).get(key));
    }
}
