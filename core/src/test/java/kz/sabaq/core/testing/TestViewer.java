package kz.sabaq.core.testing;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import kz.sabaq.api.web.Viewer;

/**
 * A logged-in viewer that holds the given capabilities everywhere (no roles, no scopes), for
 * calling plugin code directly in a test. Its CSRF token is {@code "csrf"}.
 */
public final class TestViewer implements Viewer {
    private final long userId;
    private final Locale locale;
    private final Predicate<String> holds;

    private TestViewer(long userId, Locale locale, Predicate<String> holds) {
        this.userId = userId;
        this.locale = locale;
        this.holds = holds;
    }

    /** A viewer holding exactly these capabilities. */
    public static TestViewer holding(long userId, Locale locale, Set<String> capabilities) {
        Set<String> held = Set.copyOf(capabilities);
        return new TestViewer(userId, locale, held::contains);
    }

    /** A viewer holding every capability (whose rights the test has checked elsewhere). */
    public static TestViewer holdingAll(long userId, Locale locale) {
        return new TestViewer(userId, locale, capability -> true);
    }

    @Override
    public boolean loggedIn() {
        return true;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String csrfToken() {
        return "csrf";
    }

    @Override
    public boolean can(String capability) {
        return holds.test(capability);
    }

    @Override
    public String getName() {
        return "viewer " + userId;
    }
}
