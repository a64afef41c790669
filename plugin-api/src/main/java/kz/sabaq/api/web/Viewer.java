package kz.sabaq.api.web;

import java.util.Locale;
import jakarta.ws.rs.core.SecurityContext;

/** The person making the current request. Anonymous visitors have {@link #loggedIn()} false. */
public interface Viewer extends java.security.Principal {

    boolean loggedIn();

    long userId();

    Locale locale();

    /** Token that every state-changing request of this viewer must carry. */
    String csrfToken();

    /** True when any role grants the capability at institution level (no scope check). */
    boolean can(String capability);

    /** The viewer of a JAX-RS request, as core's security filter set it. */
    static Viewer of(SecurityContext securityContext) {
        return (Viewer) securityContext.getUserPrincipal();
    }
}
