package kz.sabaq.api.web;

import java.util.Locale;

/**
 * The person making the current request. Anonymous visitors have {@link #loggedIn()} false. A
 * resource method receives it as a parameter: {@code @Context Viewer viewer}.
 */
public interface Viewer extends java.security.Principal {

    boolean loggedIn();

    long userId();

    Locale locale();

    /** Token that every state-changing request of this viewer must carry. */
    String csrfToken();

    /** True when any role grants the capability at institution level (no scope check). */
    boolean can(String capability);
}
