package kz.sabaq.core.boot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.journal.JournalOption;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.job.Scheduler;
import kz.sabaq.core.notify.NotificationCentre;
import kz.sabaq.core.plugin.PluginHost;
import kz.sabaq.core.web.RouteTable;
import kz.sabaq.core.web.StaticResource;
import kz.sabaq.core.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application. {@link #boot} reads as what happens at start-up: open the infrastructure,
 * take core's modules and the started plugins in dependency order, declare them, wire them, tell
 * them they started, serve. Core's features are modules like the plugins ({@link CoreModule}).
 */
public final class Sabaq implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sabaq.class);
    /** Jersey warns that resource instances "implement no provider interface"; they are resources, not providers. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private Infrastructure core;
    private final Map<String, List<Object>> resourcesByModule = new LinkedHashMap<>();
    private final List<ScheduledJob> jobs = new ArrayList<>();
    private Scheduler scheduler;
    private WebServer web;
    private List<LmsModule> modules = List.of();

    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock) {
        return start(config, profile, clock, List.of());
    }

    /**
     * @param builtIn modules compiled into the application rather than loaded as plugins (tests use
     *                this); they are declared and wired after core's and before the plugins, exactly like them
     */
    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock, List<LmsModule> builtIn) {
        return start(config, profile, clock, builtIn, Map.of());
    }

    /**
     * @param builtInScales grading scales compiled into the application (tests), after the plugins',
     *                      by the plugin id they stand in for: their bundle and settings are kept under it
     */
    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock,
                              List<LmsModule> builtIn, Map<String, GradingScale> builtInScales) {
        Sabaq app = new Sabaq();
        try {
            app.boot(config, profile, clock, builtIn, builtInScales, true);
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /**
     * The routes the application would serve with this configuration, for {@code ./sabaq routes}:
     * the modules are declared and wired as at start-up, but nothing is served or scheduled.
     */
    public static RouteTable routes(SabaqConfig config, InstitutionProfile profile, Clock clock) {
        try (Sabaq app = new Sabaq()) {
            app.boot(config, profile, clock, List.of(), Map.of(), false);
            return app.routes();
        }
    }

    private void boot(SabaqConfig config, InstitutionProfile profile, Clock clock,
                      List<LmsModule> builtIn, Map<String, GradingScale> builtInScales, boolean serve) {
        long t0 = System.nanoTime();
        core = Infrastructure.open(config, profile, clock, closeables, serve);
        long t1 = System.nanoTime();
        List<PluginHost.LoadedModule> modules = ModulePhases.inOrder(CoreModule.modules(core), builtIn,
                core.pluginModules());
        ModulePhases.declare(core, modules, builtInScales);
        resourcesByModule.put("core", List.of(new StaticResource(core.theme(), core.components())));
        resourcesByModule.putAll(ModulePhases.wire(core, modules));
        ModulePhases.started(core, modules);
        this.modules = modules.stream().map(PluginHost.LoadedModule::module).toList();
        if (!serve) {
            return;
        }
        long t2 = System.nanoTime();
        scheduler = new Scheduler(core.database());
        closeables.add(scheduler);
        jobs.addAll(core.wiring().jobs());
        jobs.forEach(scheduler::schedule);
        web = WebFront.serve(core, resourcesByModule.values(), ModulePhases.movedPaths(modules));
        closeables.add(web);
        LOG.info("Sabaq serves {} with modules {}; routes:{}{}", config.server.publicUrl,
                modules.stream().map(m -> m.module().id()).toList(), System.lineSeparator(), routes().format());
        LOG.info("Start-up: infrastructure {} ms, modules {} ms, web {} ms, total {} ms", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
    }

    public int port() {
        return web.port();
    }

    /** Every started module, core's first, in wiring order (e.g. to load their part of the demo). */
    public List<LmsModule> modules() {
        return modules;
    }

    public Database database() {
        return core.database();
    }

    public PluginHost plugins() {
        return core.plugins();
    }

    public NotificationCentre notifications() {
        return core.notifications();
    }

    /** The audit log core and every plugin record to. */
    public Audit audit() {
        return core.audit();
    }

    /**
     * Runs a scheduled job now, under its database lock, as the scheduler would (e.g.
     * {@code attendance-qr.auto-exit}); false when another node holds the lock.
     */
    public boolean runJob(String name) {
        ScheduledJob job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No scheduled job " + name));
        return scheduler.runLocked(job);
    }

    /** A service core or a module published, as modules find it while wiring. */
    public <T> Optional<T> service(Class<T> type) {
        return core.wiring().service(type);
    }

    /** The checkboxes modules added to every journal's settings, in wiring order. */
    public List<JournalOption> journalOptions() {
        return core.wiring().journalOptions();
    }

    /** The capabilities core and the started modules declare; the route matrix test asks it who holds what. */
    public CapabilityCatalog catalog() {
        return core.catalog();
    }

    /** Every route with its module and declared access, as printed at start-up. */
    public RouteTable routes() {
        return RouteTable.of(resourcesByModule);
    }

    /** The modules' quick routes, in the order the web server asks them. */
    public List<QuickRoute> quickRoutes() {
        return core.wiring().quickRoutes();
    }

    /** Every registered resource, per module; the access test walks these. */
    public Map<String, List<Object>> resources() {
        return resourcesByModule;
    }

    @Override
    public void close() {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", closeables.get(i).getClass().getSimpleName(), e.getMessage());
            }
        }
        closeables.clear();
    }

}
