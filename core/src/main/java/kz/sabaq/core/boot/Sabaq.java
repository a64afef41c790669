package kz.sabaq.core.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.journal.CoreJournals;
import kz.sabaq.core.journal.GradeValues;
import kz.sabaq.core.journal.JournalMapper;
import kz.sabaq.core.journal.JournalWiring;
import kz.sabaq.core.grading.ScaleRegistry;
import kz.sabaq.api.auth.AuthProvider;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.api.notify.Notifier;
import kz.sabaq.core.academic.AcademicMapper;
import kz.sabaq.core.academic.CoreAcademicDirectory;
import kz.sabaq.core.academic.DirectoryMapper;
import kz.sabaq.core.academic.importing.CsvImport;
import kz.sabaq.core.academic.web.AcademicResource;
import kz.sabaq.core.access.AccessService;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.RoleSetup;
import kz.sabaq.core.access.StaffUnits;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.audit.AuditResource;
import kz.sabaq.core.auth.LocalPasswords;
import kz.sabaq.core.auth.Login;
import kz.sabaq.core.auth.LoginResource;
import kz.sabaq.core.auth.LoginThrottle;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.auth.SessionCache;
import kz.sabaq.core.auth.SessionMapper;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.auth.ThrottleMapper;
import kz.sabaq.core.cabinet.CabinetResource;
import kz.sabaq.core.cabinet.LanguageResource;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.core.conference.ConferenceResource;
import kz.sabaq.core.conference.ConferenceStoreMapper;
import kz.sabaq.core.conference.CoreConferences;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.job.Scheduler;
import kz.sabaq.core.notify.EmailNotifier;
import kz.sabaq.core.notify.NotificationCentre;
import kz.sabaq.core.notify.NotificationMapper;
import kz.sabaq.core.notify.NotificationResource;
import kz.sabaq.core.plugin.CoreWiring;
import kz.sabaq.core.plugin.PluginHost;
import kz.sabaq.core.plugin.PluginStateMapper;
import kz.sabaq.core.plugin.PluginStates;
import kz.sabaq.core.plugin.PluginAdminResource;
import kz.sabaq.core.role.AcademicUnitMapper;
import kz.sabaq.core.role.RoleEditor;
import kz.sabaq.core.role.RoleEditorResource;
import kz.sabaq.core.role.RoleHoldersMapper;
import kz.sabaq.core.role.RoleListResource;
import kz.sabaq.core.role.RolePage;
import kz.sabaq.core.setting.Settings;
import kz.sabaq.core.user.PasswordGenerator;
import kz.sabaq.core.user.UserAccounts;
import kz.sabaq.core.user.UserAdminMapper;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.user.UserResource;
import kz.sabaq.core.user.UsersResource;
import kz.sabaq.core.web.AddressRange;
import kz.sabaq.core.web.Application;
import kz.sabaq.core.web.Cookies;
import kz.sabaq.core.web.Errors;
import kz.sabaq.core.web.Navigation;
import kz.sabaq.core.web.PageRenderer;
import kz.sabaq.core.web.QuickRoutes;
import kz.sabaq.core.web.RequestSizeFilter;
import kz.sabaq.core.web.SecurityHeaders;
import kz.sabaq.core.web.StaticResource;
import kz.sabaq.core.web.Templates;
import kz.sabaq.core.web.Theme;
import kz.sabaq.core.web.ViewRenderingFilter;
import kz.sabaq.core.web.ViewerFilter;
import kz.sabaq.core.web.Viewers;
import kz.sabaq.core.web.WebServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application, wired by hand: read this method to find every service, route and plugin.
 * Order: database, core migrations, plugins and their migrations, declarations, services, web.
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
    private Database database;
    private WebServer web;
    private Scheduler scheduler;
    private final Map<String, List<Object>> resourcesByModule = new LinkedHashMap<>();
    private final CapabilityCatalog catalog = new CapabilityCatalog();
    private PluginHost plugins;
    private NotificationCentre notifications;
    private Audit audit;
    private CoreWiring wiring;
    private final List<ScheduledJob> jobs = new ArrayList<>();

    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock) {
        return start(config, profile, clock, List.of());
    }

    /**
     * @param builtIn modules compiled into the application rather than loaded as plugins (tests use
     *                this); they are declared and wired before the plugins, exactly like them
     */
    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock,
                              List<kz.sabaq.api.module.LmsModule> builtIn) {
        return start(config, profile, clock, builtIn, Map.of());
    }

    /**
     * @param builtInScales grading scales compiled into the application (tests), after the plugins',
     *                      by the plugin id they stand in for: their bundle and settings are kept under it
     */
    public static Sabaq start(SabaqConfig config, InstitutionProfile profile, Clock clock,
                              List<kz.sabaq.api.module.LmsModule> builtIn, Map<String, GradingScale> builtInScales) {
        Sabaq app = new Sabaq();
        try {
            app.boot(config, profile, clock, builtIn, builtInScales);
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void boot(SabaqConfig config, InstitutionProfile profile, Clock clock,
                      List<kz.sabaq.api.module.LmsModule> builtIn, Map<String, GradingScale> builtInScales) {
        long t0 = System.nanoTime();
        database = Databases.openForServer(config, closeables);
        long t1 = System.nanoTime();
        new Migrations(database.dataSource()).migrate("core", "db/migration/core", Sabaq.class.getClassLoader());
        long t2 = System.nanoTime();

        PluginStateMapper pluginStates = database.mapper(PluginStateMapper.class);
        audit = new Audit(database.mapper(AuditMapper.class), clock);
        PluginStates pluginChoices = new PluginStates(pluginStates, profile, audit, clock);
        plugins = new PluginHost(Path.of(config.plugins.dir), "development".equals(config.plugins.mode),
                pluginChoices::enabled);
        closeables.add(plugins);
        List<PluginHost.LoadedModule> pluginModules = plugins.start();
        List<PluginHost.LoadedModule> modules = new ArrayList<>();
        builtIn.forEach(m -> modules.add(PluginHost.LoadedModule.builtIn(m)));
        modules.addAll(pluginModules);
        for (PluginHost.LoadedModule m : modules) {
            new Migrations(database.dataSource()).migrate(m.module().id(), m.module().migrationLocation(), m.loader());
        }

        Theme theme = new Theme(Path.of(config.themesDir), config.theme);
        Messages messages = new Messages(theme);
        messages.load("core", Sabaq.class.getClassLoader());
        messages.load("core-notify", Sabaq.class.getClassLoader());
        messages.load("core-roles", Sabaq.class.getClassLoader());
        messages.load("core-academic", Sabaq.class.getClassLoader());
        messages.load("core-journal", Sabaq.class.getClassLoader());
        Templates templates = new Templates(theme, Sabaq.class.getClassLoader());
        Map<String, ClassLoader> components = new HashMap<>();
        components.put("core", Sabaq.class.getClassLoader());
        CoreModule.roleModules().forEach(catalog::add);
        Navigation navigation = new Navigation();
        navigation.add(CoreModule.menu());
        Settings settings = new Settings(pluginStates, database, profile, clock);
        for (PluginHost.LoadedModule m : modules) {
            String id = m.module().id();
            m.module().bundles().forEach(bundle -> messages.load(bundle, m.loader()));
            templates.registerComponent(id, m.loader());
            components.put(id, m.loader());
            m.module().roleModules().forEach(catalog::add);
            navigation.add(m.module().menu());
            settings.declare(id, m.module().settings());
        }
        // Plugins that only add extensions (a ticket strategy, a conference platform) have no module
        // to name bundles; their texts (e.g. conference field labels) are in the bundle named by their id.
        plugins.startedWithoutModule(modules).forEach(p -> messages.load(p.getPluginId(), p.getPluginClassLoader()));
        Map<String, List<GradingScale>> scalesByOwner = new LinkedHashMap<>(plugins.extensionsByPlugin(GradingScale.class));
        builtInScales.forEach((owner, scale) -> {
            messages.load(owner, scale.getClass().getClassLoader());
            scalesByOwner.put(owner, List.of(scale));
        });
        ScaleRegistry scales = new ScaleRegistry(scalesByOwner, settings);
        settings.declare(JournalWiring.SETTINGS_OWNER, JournalWiring.SETTINGS);

        RoleMapper roleMapper = database.mapper(RoleMapper.class);
        new RoleSetup(roleMapper, database.mapper(RoleSetup.DefaultsMapper.class), database, clock)
                .apply(catalog.modules());
        RoleBook roles = new RoleBook(roleMapper, clock);
        UserMapper users = database.mapper(UserMapper.class);
        List<Notifier> channels = new ArrayList<>();
        if (!config.mail.host.isBlank()) {
            channels.add(new EmailNotifier(config.mail, config.server.publicUrl, profile.name, messages, clock));
        }
        channels.addAll(plugins.extensions(Notifier.class));
        notifications = new NotificationCentre(database.mapper(NotificationMapper.class), users,
                messages, channels, clock);
        AccessService access = new AccessService();
        PasswordHasher hasher = new PasswordHasher();
        SessionCache sessionCache = new SessionCache(clock);
        database.afterWrites(Set.of("web_session", "app_user", "user_role"), sessionCache::forgetAll);
        SessionStore sessions = new SessionStore(database.mapper(SessionMapper.class), clock, sessionCache);
        List<AuthProvider> authProviders = new ArrayList<>();
        authProviders.add(new LocalPasswords(users, hasher));
        authProviders.addAll(plugins.extensions(AuthProvider.class));
        LoginThrottle throttle = new LoginThrottle(database.mapper(ThrottleMapper.class), config.loginThrottle, clock);
        Login login = new Login(authProviders, throttle, sessions, audit);
        java.net.URI site = java.net.URI.create(config.server.publicUrl);
        Cookies cookies = new Cookies(config.server.secureCookies || SecurityHeaders.https(site));
        SecurityHeaders security = new SecurityHeaders(site);
        ZoneId zone = ZoneId.of(profile.timeZone);
        StaffUnits staffUnits = new StaffUnits(database.mapper(StaffUnits.StaffUnitsMapper.class));

        AcademicUnitMapper academicUnits = database.mapper(AcademicUnitMapper.class);
        RolePage rolePage = new RolePage(catalog, academicUnits, messages);
        RoleEditor roleEditor = new RoleEditor(roleMapper, roles, catalog, academicUnits, database, audit);
        RoleListResource roleList = new RoleListResource(roles, roleEditor, rolePage,
                database.mapper(RoleHoldersMapper.class));
        UserAdminMapper userAdmin = database.mapper(UserAdminMapper.class);
        UserAccounts accounts = new UserAccounts(users, userAdmin, roleMapper, hasher, new PasswordGenerator(), sessions,
                database, audit, clock);
        UserResource userPage = new UserResource(users, userAdmin, roleMapper, accounts, messages);
        wiring = new CoreWiring(database, clock, settings, notifications, audit, access, plugins,
                site, Path.of(config.uploadsDir));
        wiring.provide(Translations.class, messages::get);
        wiring.provide(GradingScales.class, scales);
        wiring.provide(Journals.class, new CoreJournals(database.mapper(JournalMapper.class),
                new GradeValues(scales), audit, clock));
        wiring.provide(AcademicDirectory.class,
                new CoreAcademicDirectory(database.mapper(DirectoryMapper.class), zone));
        CoreConferences conferences = new CoreConferences(plugins.extensions(ConferencePlatform.class),
                platform -> settings.of(plugins.pluginOf(platform)), database.mapper(ConferenceStoreMapper.class),
                clock, java.net.URI.create(config.server.publicUrl));
        wiring.provide(Conferences.class, conferences);
        List<Object> coreResources = new ArrayList<>(List.of(
                new LoginResource(login, sessions, cookies, throttle.knownFor()),
                new PasswordResource(users, hasher, sessions, audit),
                new CabinetResource(navigation, messages),
                new LanguageResource(users, cookies),
                new NotificationResource(notifications, zone),
                new AuditResource(database.mapper(AuditMapper.class), users, zone),
                roleList,
                new RoleEditorResource(roles, roleEditor, rolePage),
                new UsersResource(userAdmin, accounts, userPage),
                userPage,
                new StaticResource(theme, components),
                new PluginAdminResource(plugins, pluginModules, pluginChoices, settings, audit),
                new AcademicResource(database.mapper(AcademicMapper.class), CsvImport.over(database, audit, clock), messages,
                        catalog, staffUnits),
                new ConferenceResource(conferences, users)));
        coreResources.addAll(JournalWiring.resources(database,
                wiring.service(AcademicDirectory.class).orElseThrow(), access, audit, messages, clock, zone,
                wiring::journalOptions, scales, settings.of(JournalWiring.SETTINGS_OWNER)));
        resourcesByModule.put("core", coreResources);
        for (PluginHost.LoadedModule m : modules) {
            List<Object> own = new ArrayList<>();
            resourcesByModule.put(m.module().id(), own);
            m.module().wire(wiring.forModule(m.module().id(), own));
        }
        var started = wiring.started(modules.stream().map(m -> m.module().id()).toList());
        modules.forEach(m -> m.module().started(started));

        Viewers viewers = new Viewers(sessions, roles, catalog, staffUnits);
        PageRenderer pages = new PageRenderer(templates, messages, navigation, profile.name, notifications::unread);
        ResourceConfig application = Application.of(new RequestSizeFilter(config.server.maxRequestBytes),
                new ViewerFilter(viewers, sessions, cookies), new ViewRenderingFilter(pages, security),
                new Errors(messages), resourcesByModule.values());

        scheduler = new Scheduler(database);
        closeables.add(scheduler);
        jobs.add(new ScheduledJob("core.sessions.purge", java.time.Duration.ofMinutes(30), sessions::purgeExpired));
        jobs.add(new ScheduledJob("core.login.browsers.purge", java.time.Duration.ofHours(6), throttle::forgetExpiredBrowsers));
        jobs.addAll(wiring.jobs());
        jobs.forEach(scheduler::schedule);

        long t3 = System.nanoTime();
        web = new WebServer(config.server.host, config.server.port,
                config.server.trustedProxies.stream().map(AddressRange::parse).toList(), application,
                new QuickRoutes(wiring.quickRoutes(), viewers, pages, security));
        web.start();
        closeables.add(web);
        LOG.info("Sabaq serves {} with plugins {}", config.server.publicUrl,
                modules.stream().map(m -> m.module().id()).toList());
        LOG.info("Start-up: database {} ms, core migrations {} ms, plugins and wiring {} ms, web {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
    }

    public int port() {
        return web.port();
    }

    public Database database() {
        return database;
    }

    public PluginHost plugins() {
        return plugins;
    }

    public NotificationCentre notifications() {
        return notifications;
    }

    /** The audit log core and every plugin record to. */
    public Audit audit() {
        return audit;
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
        return wiring.service(type);
    }

    /** The capabilities core and the started modules declare; the route matrix test asks it who holds what. */
    public CapabilityCatalog catalog() {
        return catalog;
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
