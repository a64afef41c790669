package kz.sabaq.core.notify;

import java.util.Optional;

/**
 * A notification's link is a path inside this site. Anything else (another host, {@code javascript:})
 * is dropped rather than shown: plugins fill the link, sometimes from user input.
 */
public final class NotificationLink {

    public static Optional<String> path(String link) {
        if (link == null || link.isBlank() || !link.startsWith("/") || link.startsWith("//")
                || link.startsWith("/\\") || link.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(link);
    }

    /** The path made absolute with the server's public address, for e-mails. */
    static Optional<String> absolute(String publicUrl, String link) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return path(link).map(p -> base + p);
    }

    private NotificationLink() {
    }
}
