package kz.sabaq.core.web;

import java.util.Map;

/** The headers every answer carries, whichever way it was served. */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin");

    private SecurityHeaders() {
    }
}
