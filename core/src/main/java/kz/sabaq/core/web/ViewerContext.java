package kz.sabaq.core.web;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import kz.sabaq.api.web.Viewer;

/** The JAX-RS security context of a request: its {@link Viewer}, and whether it came over TLS. */
public record ViewerContext(Viewer viewer, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
        return viewer;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return viewer.loggedIn() ? "FORM" : null;
    }
}
