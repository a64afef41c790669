package kz.sabaq.core.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries, whichever way it was served. The content security policy
 * admits scripts and styles from this site's own files only (no inline script, no style
 * attribute, no other site), and no framing; HSTS is sent when people reach the site over HTTPS.
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    private final Map<String, String> all;

    public SecurityHeaders(URI publicUrl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        if (https(publicUrl)) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        all = Map.copyOf(headers);
    }

    /** Whether people reach the site over HTTPS (a proxy may end TLS in front of it). */
    public static boolean https(URI publicUrl) {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    Map<String, String> all() {
        return all;
    }
}
