package kz.sabaq.core.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.api.notify.Notifications;
import kz.sabaq.api.notify.Notifier;
import kz.sabaq.api.notify.Recipient;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores every notification in-app, then offers it to each delivery channel in the recipient's
 * language. A channel that fails is logged; the in-app copy is never lost.
 */
public final class NotificationCentre implements Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationCentre.class);

    private final NotificationMapper store;
    private final UserMapper users;
    private final Messages messages;
    private final List<Notifier> channels;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public NotificationCentre(NotificationMapper store, UserMapper users, Messages messages, List<Notifier> channels,
                              Clock clock) {
        this.store = store;
        this.users = users;
        this.messages = messages;
        this.channels = List.copyOf(channels);
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        try {
            store.insert(n.recipientId(), n.messageKey(), json.writeValueAsString(n.args()), n.link(), LocalDateTime.now(clock));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        if (channels.isEmpty()) {
            return;
        }
        User user = users.findById(n.recipientId()).orElseThrow();
        Language language = Language.of(user.locale()).orElse(Language.DEFAULT);
        String text = messages.get(language, n.messageKey(), n.args().toArray());
        Recipient recipient = new Recipient(user.id(), user.fullName(), user.email(), language.locale());
        for (Notifier channel : channels) {
            try {
                channel.deliver(n, recipient, text);
            } catch (RuntimeException e) {
                LOG.error("Notifier {} could not deliver {} to user {}", channel.id(), n.messageKey(), n.recipientId(), e);
            }
        }
    }

    public int unread(long userId) {
        return store.unread(userId);
    }

    public int count(long userId) {
        return store.count(userId);
    }

    /** The user's own notifications, newest first; {@code page} counts from 1. */
    public List<StoredNotification> page(long userId, int page, int pageSize) {
        return store.page(userId, pageSize, (Math.max(page, 1) - 1) * pageSize);
    }

    /** The stored text in the language, its arguments filled in. */
    public String text(StoredNotification n, Language language) {
        try {
            List<String> args = json.readValue(n.argsJson(), new TypeReference<List<String>>() { });
            return messages.get(language, n.messageKey(), args.toArray());
        } catch (JsonProcessingException e) {
            LOG.error("Notification {} has unreadable arguments {}", n.id(), n.argsJson(), e);
            return messages.get(language, n.messageKey());
        }
    }

    /**
     * Marks one of the user's own notifications read. False when the user has no such notification:
     * the update is filtered by the owner, so nobody can mark another person's notification.
     */
    public boolean markRead(long userId, long notificationId) {
        if (store.markRead(notificationId, userId, LocalDateTime.now(clock)) == 1) {
            return true;
        }
        return store.owned(notificationId, userId) == 1;
    }

    public int markAllRead(long userId) {
        return store.markAllRead(userId, LocalDateTime.now(clock));
    }
}
