package kz.sabaq.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.core.boot.Sabaq;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;

/**
 * The real application on a free port, against a fresh real MariaDB database, with a clock the
 * test controls. Plugins come from {@code pluginsDir} in development mode (none when null).
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "test-password-1";

    private Sabaq app;
    private final MutableClock clock;
    private final SabaqConfig config;
    private final InstitutionProfile profile;
    private final java.util.List<kz.sabaq.api.module.LmsModule> modules;
    private final Map<String, kz.sabaq.api.grading.GradingScale> scales;

    private TestServer(Sabaq app, MutableClock clock, SabaqConfig config, InstitutionProfile profile,
                       java.util.List<kz.sabaq.api.module.LmsModule> modules,
                       Map<String, kz.sabaq.api.grading.GradingScale> scales) {
        this.app = app;
        this.scales = scales;
        this.clock = clock;
        this.config = config;
        this.profile = profile;
        this.modules = modules;
    }

    /** Stops the application and starts it again on the same database, as an operator's restart does. */
    public void restart() {
        app.close();
        config.server.port = 0;
        app = Sabaq.start(config, profile, clock, modules, scales);
        config.server.publicUrl = "http://127.0.0.1:" + app.port();
    }

    public InstitutionProfile profile() {
        return profile;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private MutableClock clock = MutableClock.at("2026-09-14T08:00:00");
        private Path pluginsDir;
        private String pluginsMode = "development";
        private String theme = "default";
        private InstitutionProfile profile = new InstitutionProfile();
        private boolean shippedProfile = false;
        private final java.util.function.Consumer<SabaqConfig> noTweak = c -> { };
        private java.util.function.Consumer<SabaqConfig> tweak = noTweak;
        private final java.util.List<kz.sabaq.api.module.LmsModule> modules = new java.util.ArrayList<>();
        private final Map<String, kz.sabaq.api.grading.GradingScale> scales = new LinkedHashMap<>();

        /**
         * A grading scale of the test's own classes, as if plugin {@code pluginId} had it: its
         * bundle {@code i18n/<pluginId>_*.properties} and its settings are kept under that id.
         */
        public Builder scale(String pluginId, kz.sabaq.api.grading.GradingScale scale) {
            scales.put(pluginId, scale);
            return this;
        }

        /** A module of the test's own classes, wired like a plugin (before the plugins). */
        public Builder module(kz.sabaq.api.module.LmsModule module) {
            modules.add(module);
            return this;
        }

        public Builder clock(MutableClock value) {
            clock = value;
            return this;
        }

        /** Plugins from a source tree ({@code plugins/}) in development mode. */
        public Builder plugins(Path dir) {
            pluginsDir = dir;
            return this;
        }

        /** Plugins from a directory of jars, in deployment mode. */
        public Builder pluginJars(Path dir) {
            pluginsDir = dir;
            pluginsMode = "deployment";
            return this;
        }

        /**
         * Starts with a shipped profile, {@code config/institutions/<id>.yaml}, as {@code ./sabaq run
         * --profile <id>} would: its name, theme, plugins and settings (the plugins still come from
         * {@link #plugins}).
         */
        public Builder profile(String id) {
            profile = InstitutionProfile.load(repoRoot().resolve("config/institutions"), id);
            shippedProfile = true;
            return this;
        }

        /** One setting of the profile changed, as an institution would change its YAML. */
        public Builder setting(String pluginId, String key, Object value) {
            profile.plugins.computeIfAbsent(pluginId, id -> new InstitutionProfile.PluginProfile()).settings.put(key, value);
            return this;
        }

        public Builder enable(String pluginId, Map<String, Object> settings) {
            InstitutionProfile.PluginProfile p = new InstitutionProfile.PluginProfile();
            p.settings = new LinkedHashMap<>(settings);
            profile.plugins.put(pluginId, p);
            return this;
        }

        public Builder theme(String name) {
            theme = name;
            return this;
        }

        public Builder config(java.util.function.Consumer<SabaqConfig> change) {
            tweak = change;
            return this;
        }

        public TestServer start() {
            try {
                TestDatabase.Fresh db = TestDatabase.fresh();
                SabaqConfig config = new SabaqConfig();
                config.server.host = "127.0.0.1";
                config.server.port = 0;
                config.database.embedded = false;
                config.database.url = db.url();
                config.database.user = db.user();
                config.database.password = db.password();
                config.database.poolSize = 8;
                config.plugins.mode = pluginsMode;
                config.plugins.dir = (pluginsDir != null ? pluginsDir : Files.createTempDirectory("no-plugins")).toString();
                config.themesDir = repoRoot().resolve("themes").toString();
                config.theme = theme;
                config.uploadsDir = Files.createTempDirectory("sabaq-uploads").toString();
                tweak.accept(config);
                if (!shippedProfile) {
                    profile.id = "test";
                    profile.name.put("en", "Test college");
                    profile.name.put("kk", "Сынақ колледжі");
                    profile.name.put("ru", "Тестовый колледж");
                }
                Map<String, kz.sabaq.api.grading.GradingScale> builtInScales = new LinkedHashMap<>(scales);
                Sabaq app = Sabaq.start(config, profile, clock, java.util.List.copyOf(modules), builtInScales);
                config.server.publicUrl = "http://127.0.0.1:" + app.port();
                return new TestServer(app, clock, config, profile, java.util.List.copyOf(modules), builtInScales);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The repository root, found from the module directory tests run in. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("themes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root (no themes/ above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    public Sabaq app() {
        return app;
    }

    public MutableClock clock() {
        return clock;
    }

    public SabaqConfig config() {
        return config;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Creates a user with {@link #PASSWORD} and the given standard role codes; returns the user id. */
    public long user(String iin, String surname, String firstName, String... roleCodes) {
        return Generator.on(this).user().iin(iin).named(surname, firstName).roles(roleCodes).create();
    }

    public WebClient client() {
        return new WebClient(this);
    }

    /**
     * A MyBatis session factory of its own on this server's database: a plugin registered its
     * mappers in the server's factory from the plugin's class loader, so a test that calls the
     * plugin's code directly maps them again from its own.
     */
    public Database separateDatabase() {
        return Database.connect(config.database.url, config.database.user, config.database.password, 4);
    }

    @Override
    public void close() {
        app.close();
    }
}
