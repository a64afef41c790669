package kz.sabaq.core.plugin;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.api.module.StartedModules;
import kz.sabaq.api.notify.Notifications;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.file.LocalFileStore;
import kz.sabaq.core.live.LiveStreams;
import kz.sabaq.core.setting.Settings;
import kz.sabaq.core.web.ModuleRoot;

/**
 * What a module receives while wiring itself; it collects the module's resources and jobs, and the
 * services modules publish for each other.
 */
public final class CoreWiring {
    private final Database database;
    private final Clock clock;
    private final Settings settings;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Access access;
    private final PluginHost plugins;
    private final URI publicUrl;
    private final Path uploads;
    private final LiveStreams live;
    private final List<JournalOption> journalOptions = new ArrayList<>();
    private final List<TodaySource> today = new ArrayList<>();
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final List<Object> resources = new ArrayList<>();
    private final List<ScheduledJob> jobs = new ArrayList<>();
    private final List<QuickRoute> quickRoutes = new ArrayList<>();

    /** A module's contribution to the cabinet's "today", named by the module for the log. */
    public record TodaySource(String moduleId, TodayItems items) {
    }

    public CoreWiring(Database database, Clock clock, Settings settings, Notifications notifications, AuditLog audit,
                      Access access, PluginHost plugins, URI publicUrl, Path uploads, LiveStreams live) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
        this.notifications = notifications;
        this.audit = audit;
        this.access = access;
        this.plugins = plugins;
        this.publicUrl = publicUrl;
        this.uploads = uploads;
        this.live = live;
    }

    /**
     * Publishes a service of core itself (e.g. the academic directory); called in {@code Sabaq}
     * before any module is wired, so every module finds it with {@code service(type)}.
     */
    public <T> void provide(Class<T> type, T service) {
        publish("core", type, service);
    }

    /** A service published by core or by a module. */
    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    private <T> void publish(String provider, Class<T> type, T service) {
        if (services.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(provider + " provides " + type.getName() + " a second time");
        }
    }

    /**
     * The wiring handed to one module: its settings, its resources recorded under its id, each
     * refused unless its path lies under the module's root.
     */
    public ModuleWiring forModule(ModuleRoot root, List<Object> moduleResources) {
        String moduleId = root.moduleId();
        LiveUpdates moduleLive = live.channel();
        return new ModuleWiring() {
            @Override
            public <T> T mapper(Class<T> type) {
                return database.mapper(type);
            }

            @Override
            public void resource(Object resource) {
                root.admit(resource);
                resources.add(resource);
                moduleResources.add(resource);
            }

            @Override
            public void job(ScheduledJob job) {
                jobs.add(new ScheduledJob(moduleId + "." + job.name(), job.period(), job.task()));
            }

            @Override
            public <T> void provide(Class<T> type, T service) {
                publish(moduleId, type, service);
            }

            @Override
            public <T> Optional<T> service(Class<T> type) {
                return CoreWiring.this.service(type);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Transactions transactions() {
                return database;
            }

            @Override
            public ModuleSettings settings() {
                return settings.of(moduleId);
            }

            @Override
            public Notifications notifications() {
                return notifications;
            }

            @Override
            public AuditLog audit() {
                return audit;
            }

            @Override
            public Access access() {
                return access;
            }

            @Override
            public void settingChoices(String key, Map<String, LocalizedName> choices) {
                settings.offer(moduleId, key, choices);
            }

            @Override
            public <T> List<T> extensions(Class<T> point) {
                return plugins.extensions(point);
            }

            @Override
            public URI publicUrl() {
                return publicUrl;
            }

            @Override
            public FileStore files() {
                return new LocalFileStore(uploads.resolve(moduleId));
            }

            @Override
            public LiveUpdates live() {
                return moduleLive;
            }

            @Override
            public void journalOption(JournalOption option) {
                journalOptions.add(option);
            }

            @Override
            public void todayItems(TodayItems items) {
                today.add(new TodaySource(moduleId, items));
            }

            @Override
            public void quickRoute(QuickRoute route) {
                if (!route.prefix().startsWith("/") || !route.prefix().endsWith("/") || route.prefix().length() < 3) {
                    throw new IllegalArgumentException(moduleId + ": a quick route's prefix is a path like /name/");
                }
                if (!root.contains(route.prefix())) {
                    throw new IllegalArgumentException(moduleId + ": the quick route " + route.prefix()
                            + " is outside the module's root " + root.path());
                }
                quickRoutes.add(route);
            }
        };
    }

    /** What modules see once all are wired: every published service, and the module ids in wiring order. */
    public StartedModules started(List<String> moduleIds) {
        List<String> ids = List.copyOf(moduleIds);
        return new StartedModules() {
            @Override
            public <T> Optional<T> service(Class<T> type) {
                return CoreWiring.this.service(type);
            }

            @Override
            public List<String> ids() {
                return ids;
            }
        };
    }

    public List<Object> resources() {
        return List.copyOf(resources);
    }

    /** The checkboxes modules added to journal settings, in wiring order. */
    public List<JournalOption> journalOptions() {
        return List.copyOf(journalOptions);
    }

    /** What the modules add to the cabinet's "today", in wiring order. */
    public List<TodaySource> todaySources() {
        return List.copyOf(today);
    }

    /** The modules' quick routes, in wiring order. */
    public List<QuickRoute> quickRoutes() {
        return List.copyOf(quickRoutes);
    }

    public List<ScheduledJob> jobs() {
        return List.copyOf(jobs);
    }
}
