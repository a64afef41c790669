package kz.sabaq.core.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code config/institutions/<profile>.yaml}: an institution's regulation as configuration —
 * which plugins are on and how each is set.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class InstitutionProfile {
    public String id;
    public Map<String, String> name = new LinkedHashMap<>();
    /** The institution's local time: pages show times and take dates in it (Kazakhstan is UTC+5). */
    public String timeZone = "Asia/Almaty";
    /** Load the demo institution into an empty database. */
    public boolean demo = false;
    /** The institution's theme under themes/; empty: the configuration's {@code theme}. */
    public String theme = "";
    /** The demo's data set: the folder {@code demo/<demoData>/} of core's resources; empty for the neutral demo. */
    public String demoData = "";
    public Map<String, PluginProfile> plugins = new LinkedHashMap<>();

    public static final class PluginProfile {
        public boolean enabled = true;
        public Map<String, Object> settings = new LinkedHashMap<>();
    }

    public boolean enables(String pluginId) {
        PluginProfile p = plugins.get(pluginId);
        return p != null && p.enabled;
    }

    public Map<String, Object> settingsOf(String pluginId) {
        PluginProfile p = plugins.get(pluginId);
        return p == null ? Map.of() : p.settings;
    }

    /** The theme to serve: the profile's own when it names one, else the configuration's. */
    public String themeOr(String configured) {
        return theme == null || theme.isBlank() ? configured : theme;
    }

    public static InstitutionProfile load(Path dir, String id) {
        Path file = dir.resolve(id + ".yaml");
        if (!Files.exists(file)) {
            throw new ConfigException("Institution profile not found: " + file.toAbsolutePath());
        }
        try {
            InstitutionProfile profile = SabaqConfig.mapper().readValue(file.toFile(), InstitutionProfile.class);
            profile.id = id;
            return profile;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}
