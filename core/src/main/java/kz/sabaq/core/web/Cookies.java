package kz.sabaq.core.web;

import jakarta.ws.rs.core.NewCookie;

/** The cookies Sabaq sets: HttpOnly, SameSite=Lax, Secure behind TLS. */
public final class Cookies {
    public static final String SESSION = "sabaq_session";
    /** An anonymous visitor's CSRF token (double-submit), e.g. on the login form. */
    public static final String CSRF = "sabaq_csrf";
    public static final String LANGUAGE = "sabaq_lang";
    /** A browser's own random id, which tells the login throttle it logged in to an account before. */
    public static final String BROWSER = "sabaq_browser";

    private final boolean secure;

    public Cookies(boolean secure) {
        this.secure = secure;
    }

    public NewCookie make(String name, String value, int maxAgeSeconds) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAgeSeconds)
                .build();
    }

    public NewCookie expire(String name) {
        return make(name, "", 0);
    }
}
