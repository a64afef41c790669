package kz.sabaq.core.auth;

/** Where to go after login or a language switch: only a path inside this site. */
public final class SafeReturn {

    public static String of(String requested) {
        if (requested == null || requested.isBlank() || !requested.startsWith("/")
                || requested.startsWith("//") || requested.startsWith("/\\") || requested.contains("\r")
                || requested.contains("\n")) {
            return "/";
        }
        return requested;
    }

    private SafeReturn() {
    }
}
