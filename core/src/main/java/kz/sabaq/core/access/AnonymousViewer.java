package kz.sabaq.core.access;

import java.util.Locale;
import kz.sabaq.api.web.Viewer;

/** A visitor who has not logged in: no capabilities; the CSRF token comes from a cookie. */
public record AnonymousViewer(Locale locale, String csrfToken) implements Viewer {

    @Override
    public boolean loggedIn() {
        return false;
    }

    @Override
    public long userId() {
        throw new IllegalStateException("An anonymous visitor has no user id");
    }

    @Override
    public String getName() {
        return "";
    }

    @Override
    public boolean can(String capability) {
        return false;
    }
}
