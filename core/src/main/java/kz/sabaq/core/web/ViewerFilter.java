package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import java.util.Optional;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.AnonymousViewer;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.i18n.Language;

/**
 * Works out who is asking: the user of a valid session cookie (looked up once per request, by
 * {@link QuickRoutes} when a route's prefix asked for it), else an anonymous visitor whose
 * language and CSRF token come from cookies (a fresh token is issued on the way out).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ViewerFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String NEW_CSRF = "sabaq.newCsrf";

    private final Viewers viewers;
    private final SessionStore sessions;
    private final Cookies cookies;

    public ViewerFilter(Viewers viewers, SessionStore sessions, Cookies cookies) {
        this.viewers = viewers;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Viewer viewer = lookedUp(request).orElseGet(() -> anonymous(request));
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new ViewerContext(viewer, secure));
    }

    /** The session's viewer: as {@link QuickRoutes} already looked it up for a request its routes declined, else now. */
    @SuppressWarnings("unchecked")
    private Optional<Viewer> lookedUp(ContainerRequestContext request) {
        Object known = request.getProperty(QuickRoutes.VIEWER);
        return known instanceof Optional<?> viewer ? (Optional<Viewer>) viewer
                : viewers.ofSession(cookie(request, Cookies.SESSION));
    }

    private Viewer anonymous(ContainerRequestContext request) {
        Language language = Language.of(cookie(request, Cookies.LANGUAGE)).orElse(Language.DEFAULT);
        String csrf = cookie(request, Cookies.CSRF);
        if (csrf == null || csrf.length() != 43) {
            csrf = sessions.randomToken();
            request.setProperty(NEW_CSRF, csrf);
        }
        return new AnonymousViewer(language.locale(), csrf);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object fresh = request.getProperty(NEW_CSRF);
        if (fresh != null) {
            response.getHeaders().add("Set-Cookie", cookies.make(Cookies.CSRF, (String) fresh, -1));
        }
    }

    static String cookie(ContainerRequestContext request, String name) {
        Cookie c = request.getCookies().get(name);
        return c == null ? null : c.getValue();
    }
}
