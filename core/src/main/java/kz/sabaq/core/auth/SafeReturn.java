package kz.sabaq.core.auth;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to go after login or a language switch: only a well-formed path inside this site; anything
 * else (another site, a control character or space, a malformed address) is the cabinet.
 */
public final class SafeReturn {

    public static String of(String requested) {
        if (requested == null || requested.isBlank() || !requested.startsWith("/")
                || requested.startsWith("//") || requested.startsWith("/\\")
                || requested.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
            return "/";
        }
        try {
            URI parsed = new URI(requested);
            return parsed.isAbsolute() || parsed.getRawAuthority() != null ? "/" : requested;
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private SafeReturn() {
    }
}
