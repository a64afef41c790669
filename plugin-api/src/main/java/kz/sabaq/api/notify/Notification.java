package kz.sabaq.api.notify;

import java.util.List;

/**
 * A message to one user, rendered in the recipient's language when shown or sent.
 *
 * @param messageKey i18n key of the text; {@code args} fill its placeholders
 * @param link       optional path inside the application the notification leads to
 */
public record Notification(long recipientId, String messageKey, List<String> args, String link) {
}
