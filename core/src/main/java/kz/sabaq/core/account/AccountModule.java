package kz.sabaq.core.account;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kz.sabaq.api.auth.AuthProvider;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.core.auth.LocalPasswords;
import kz.sabaq.core.auth.Login;
import kz.sabaq.core.auth.LoginResource;
import kz.sabaq.core.auth.LoginThrottle;
import kz.sabaq.core.auth.PasswordHasher;
import kz.sabaq.core.auth.PasswordResource;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.auth.ThrottleMapper;
import kz.sabaq.core.cabinet.CabinetPage;
import kz.sabaq.core.cabinet.CabinetResource;
import kz.sabaq.core.cabinet.LanguageResource;
import kz.sabaq.core.cabinet.Today;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.notify.NotificationCentre;
import kz.sabaq.core.notify.NotificationResource;
import kz.sabaq.core.plugin.CoreWiring.TodaySource;
import kz.sabaq.core.user.UserMapper;
import kz.sabaq.core.web.Cookies;
import kz.sabaq.core.web.Navigation;

/**
 * One's own account, a module built into the application: logging in (local passwords first, then
 * the plugins' {@link AuthProvider}s), one's password, the cabinet, the language and notifications.
 */
public final class AccountModule implements LmsModule {
    public static final String ID = "core-account";

    /** What the account pages share with the rest of core: sessions, cookies, the menu, the notifications. */
    public record Shared(SessionStore sessions, Cookies cookies, PasswordHasher hasher, Navigation navigation,
                         Messages messages, NotificationCentre notifications) {
    }

    private final Shared shared;
    private final SabaqConfig.LoginThrottle throttlePolicy;
    private final ZoneId zone;
    private final Supplier<List<TodaySource>> today;

    /** @param today what the modules add to the cabinet, read on each visit (they are wired after this one) */
    public AccountModule(Shared shared, SabaqConfig.LoginThrottle throttlePolicy, ZoneId zone,
                         Supplier<List<TodaySource>> today) {
        this.shared = shared;
        this.today = today;
        this.throttlePolicy = throttlePolicy;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    /** The site's own pages: the cabinet at {@code /}, logging in and out, password, language, notifications. */
    @Override
    public String root() {
        return "/";
    }

    @Override
    public List<String> bundles() {
        return List.of("core-notify");
    }

    @Override
    public void wire(ModuleWiring w) {
        UserMapper users = w.mapper(UserMapper.class);
        SessionStore sessions = shared.sessions();
        List<AuthProvider> providers = new ArrayList<>();
        providers.add(new LocalPasswords(users, shared.hasher()));
        providers.addAll(w.extensions(AuthProvider.class));
        LoginThrottle throttle = new LoginThrottle(w.mapper(ThrottleMapper.class), throttlePolicy, w.clock());
        Login login = new Login(providers, throttle, sessions, w.audit());
        w.resource(new LoginResource(login, sessions, shared.cookies(), throttle.knownFor(), shared.messages()));
        w.resource(new PasswordResource(users, shared.hasher(), sessions, w.audit()));
        w.resource(new CabinetResource(new CabinetPage(shared.navigation(), shared.messages(), shared.notifications(),
                new Today(today, w.clock(), zone))));
        w.resource(new LanguageResource(users, shared.cookies()));
        w.resource(new NotificationResource(shared.notifications(), zone));
        w.job(new ScheduledJob("sessions.purge", Duration.ofMinutes(30), sessions::purgeExpired));
        w.job(new ScheduledJob("login.browsers.purge", Duration.ofHours(6), throttle::forgetExpiredBrowsers));
    }
}
