package kz.sabaq.api.notify;

import java.util.Locale;

/** Who a notification goes to; {@code email} may be null. */
public record Recipient(long userId, String displayName, String email, Locale locale) {
}
