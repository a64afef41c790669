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

    /** A successful login: the new session's token and the browser's, for their cookies. */
    public record Success(String sessionToken, String browserToken) {
    }

    public Login(List<AuthProvider> providers, LoginThrottle throttle, SessionStore sessions, AuditLog audit) {
        this.providers = List.copyOf(providers);
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * A wrong IIN or password, or an attempt that must wait (429, with the seconds to wait as its
     * argument), is a {@link UserError}.
     *
     * @param browserToken the browser's own cookie, which says it logged in here before, or null
     */
    public Success logIn(String iin, char[] password, String address, String browserToken) {
        String cleanIin = iin == null ? "" : iin.strip();
        Iin.problem(cleanIin).ifPresent(key -> {
            throw UserError.badRequest(key);
        });
        LoginThrottle.Attempt attempt = throttle.attempt(cleanIin, address, browserToken);
        throttle.admit(attempt).ifPresent(wait -> {
            throw new UserError(429, "core.login.throttled", Math.max(1, wait.toSeconds()));
        });
        for (AuthProvider provider : providers) {
            OptionalLong user = provider.authenticate(cleanIin, password);
            if (user.isPresent()) {
                String browser = throttle.succeeded(attempt, user.getAsLong(), browserToken);
                audit.record(user.getAsLong(), "core.login", "user:" + user.getAsLong(), Map.of("provider", provider.id(), "ip", address));
                return new Success(sessions.open(user.getAsLong()), browser);
            }
        }
        throttle.failed(attempt);
        audit.record(null, "core.login.failed", "iin:" + cleanIin, Map.of("ip", address));
        throw new UserError(401, "core.login.wrong");
    }
}
