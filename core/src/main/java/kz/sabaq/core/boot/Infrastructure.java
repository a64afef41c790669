package kz.sabaq.core.boot;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.notify.Notifier;
import kz.sabaq.core.access.AccessService;
import kz.sabaq.core.access.CapabilityCatalog;
import kz.sabaq.core.access.RoleBook;
import kz.sabaq.core.access.RoleMapper;
import kz.sabaq.core.access.StaffUnits;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.SessionCache;
import kz.sabaq.core.auth.SessionMapper;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.config.InstitutionProfile;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;
import kz.sabaq.core.db.Migrations;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.live.LiveStreams;
import kz.sabaq.core.notify.EmailNotifier;
import kz.sabaq.core.notify.NotificationCentre;
import kz.sabaq.core.notify.NotificationMapper;
import kz.sabaq.core.plugin.CoreWiring;
import kz.sabaq.core.plugin.PluginHost;
import kz.sabaq.core.plugin.PluginStateMapper;
import kz.sabaq.core.plugin.PluginStates;
import kz.sabaq.core.setting.Settings;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.web.Cookies;
import kz.sabaq.core.web.Navigation;
import kz.sabaq.core.web.SecurityHeaders;
import kz.sabaq.core.web.Templates;
import kz.sabaq.core.web.Theme;

/**
 * What Sabaq opens before any module: the database with core's schema, the started plugins, texts
 * and templates, settings, sessions, and the wiring every module is handed. Knows no feature: the
 * features are modules ({@link CoreModule#modules}) that are filled into the catalog, the menu and
 * the settings when they are declared.
 */
record Infrastructure(SabaqConfig config, InstitutionProfile profile, Clock clock, ZoneId zone, Database database,
                      Audit audit, PluginHost plugins, List<PluginHost.LoadedModule> pluginModules,
                      PluginStates pluginChoices, Theme theme, Messages messages, Templates templates,
                      Map<String, ClassLoader> components, CapabilityCatalog catalog, Navigation navigation,
                      Settings settings, RoleBook roles, StaffUnits staffUnits, NotificationCentre notifications,
                      PasswordHasher hasher, SessionStore sessions, Cookies cookies, SecurityHeaders security,
                      CoreWiring wiring) {
    private static final ClassLoader CORE = Infrastructure.class.getClassLoader();

    /**
     * Opens everything in order; what must be closed is added to {@code closeables} as it opens.
     *
     * @param server true for the server, which runs the embedded database itself; false for a
     *               command, which joins a running server's
     */
    static Infrastructure open(SabaqConfig config, InstitutionProfile profile, Clock clock,
                               List<AutoCloseable> closeables, boolean server) {
        Database database = server ? Databases.openForServer(config, closeables) : Databases.open(config, closeables);
        new Migrations(database.dataSource()).migrate("core", "db/migration/core", CORE);
        Audit audit = new Audit(database.mapper(AuditMapper.class), clock);
        PluginStateMapper pluginRows = database.mapper(PluginStateMapper.class);
        PluginStates choices = new PluginStates(pluginRows, profile, audit, clock);
        PluginHost plugins = new PluginHost(Path.of(config.plugins.dir), "development".equals(config.plugins.mode),
                choices::enabled);
        closeables.add(plugins);
        List<PluginHost.LoadedModule> pluginModules = plugins.start();

        Theme theme = new Theme(Path.of(config.themesDir), profile.themeOr(config.theme));
        Messages messages = new Messages(theme);
        messages.load("core", CORE);
        Map<String, ClassLoader> components = new HashMap<>(Map.of("core", CORE));
        Settings settings = new Settings(pluginRows, database, profile, clock);
        UserMapper users = database.mapper(UserMapper.class);
        URI site = URI.create(config.server.publicUrl);
        NotificationCentre notifications = new NotificationCentre(database.mapper(NotificationMapper.class), users,
                messages, channels(config, profile, messages, plugins, clock), clock);
        SessionCache sessionCache = new SessionCache(clock);
        // not web_session: a new session (a login) changes no kept one, and the store forgets when it deletes one
        database.afterWrites(Set.of("app_user", "user_role"), sessionCache::forgetAll);
        SessionStore sessions = new SessionStore(database.mapper(SessionMapper.class), clock, sessionCache);
        LiveStreams live = new LiveStreams();
        closeables.add(live);
        CoreWiring wiring = new CoreWiring(database, clock, settings, notifications, audit, new AccessService(),
                plugins, site, Path.of(config.uploadsDir), live);
        wiring.provide(Translations.class, messages::get);
        return new Infrastructure(config, profile, clock, ZoneId.of(profile.timeZone), database, audit, plugins,
                pluginModules, choices, theme, messages, new Templates(theme, CORE), components,
                new CapabilityCatalog(), new Navigation(), settings,
                new RoleBook(database.mapper(RoleMapper.class), clock),
                new StaffUnits(database.mapper(StaffUnits.StaffUnitsMapper.class)), notifications, new PasswordHasher(),
                sessions, new Cookies(config.server.secureCookies || SecurityHeaders.https(site)),
                new SecurityHeaders(site), wiring);
    }

    /** E-mail when a mail host is set, then the plugins' notifiers. */
    private static List<Notifier> channels(SabaqConfig config, InstitutionProfile profile, Messages messages,
                                           PluginHost plugins, Clock clock) {
        List<Notifier> channels = new ArrayList<>();
        if (!config.mail.host.isBlank()) {
            channels.add(new EmailNotifier(config.mail, config.server.publicUrl, profile.name, messages, clock));
        }
        channels.addAll(plugins.extensions(Notifier.class));
        return channels;
    }
}
