package kz.sabaq.core.auth;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import kz.sabaq.api.auth.AuthProvider;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.web.UserError;

/** Checks a login attempt: IIN form, throttling, then each provider in turn. */
public final class Login {
    private final List<AuthProvider> providers;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final AuditLog audit;

    public Login(List<AuthProvider> providers, LoginThrottle throttle, SessionStore sessions, AuditLog audit) {
        this.providers = List.copyOf(providers);
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Returns the new session's cookie token; a wrong IIN, password or too many attempts is a {@link UserError}. */
    public String logIn(String iin, char[] password, String address) {
        String cleanIin = iin == null ? "" : iin.strip();
        Iin.problem(cleanIin).ifPresent(key -> {
            throw UserError.badRequest(key);
        });
        throttle.blockedUntil(cleanIin, address).ifPresent(until -> {
            throw new UserError(429, "core.login.throttled");
        });
        for (AuthProvider provider : providers) {
            OptionalLong user = provider.authenticate(cleanIin, password);
            if (user.isPresent()) {
                throttle.succeeded(cleanIin);
                audit.record(user.getAsLong(), "core.login", "user:" + user.getAsLong(), Map.of("provider", provider.id(), "ip", address));
                return sessions.open(user.getAsLong());
            }
        }
        throttle.failed(cleanIin, address);
        audit.record(null, "core.login.failed", "iin:" + cleanIin, Map.of("ip", address));
        throw new UserError(401, "core.login.wrong");
    }
}
