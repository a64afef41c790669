package kz.sabaq.api.notify;

import java.util.List;

/** Sends notifications: stored in-app at once, then handed to every delivery channel. */
public interface Notifications {

    void send(Notification notification);

    default void send(List<Notification> notifications) {
        notifications.forEach(this::send);
    }
}
