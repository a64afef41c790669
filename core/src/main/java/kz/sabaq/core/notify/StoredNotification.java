package kz.sabaq.core.notify;

import java.time.LocalDateTime;

/** One row of {@code notification}; {@code readAt} is null while unread. */
public record StoredNotification(long id, String messageKey, String argsJson, String link, LocalDateTime createdAt,
                                 LocalDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
