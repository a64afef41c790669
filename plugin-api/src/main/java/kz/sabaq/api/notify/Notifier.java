package kz.sabaq.api.notify;

import org.pf4j.ExtensionPoint;

/**
 * A delivery channel. Core always stores notifications in-app and then offers each one to every
 * enabled notifier (e-mail, messengers…). A notifier that cannot reach a recipient just returns.
 */
public interface Notifier extends ExtensionPoint {

    String id();

    /** @param text the notification already rendered in the recipient's language */
    void deliver(Notification notification, Recipient recipient, String text);
}
