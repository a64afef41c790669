package kz.sabaq.core.auth;

import java.time.LocalDateTime;

/** A logged-in browser: the user, the user's roles and the CSRF token of this session. */
public record WebSession(
        long userId,
        String csrfToken,
        LocalDateTime expiresAt,
        String surname,
        String firstName,
        String locale,
        boolean active,
        String roleIds) {
}
