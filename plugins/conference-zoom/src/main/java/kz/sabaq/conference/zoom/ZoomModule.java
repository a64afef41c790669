package kz.sabaq.conference.zoom;

import java.util.List;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.form.FormField;
import org.pf4j.Extension;

/**
 * The institution's Zoom account, configured once by an administrator: the credentials of a
 * Server-to-Server OAuth app (account id, client id, client secret), the secret token Zoom signs its
 * webhooks with, the Zoom user who owns the meetings, and the capacity. The platform itself is
 * {@link ZoomPlatform}; core hands it these settings through its context, so no credential ever
 * reaches a class's or a slot's form.
 */
@Extension
public class ZoomModule implements LmsModule {
    public static final String ID = "conference-zoom";
    public static final String ACCOUNT = "accountId";
    public static final String CLIENT = "clientId";
    public static final String CLIENT_SECRET = "clientSecret";
    public static final String WEBHOOK_SECRET = "webhookSecretToken";
    public static final String HOST_USER = "hostUser";
    public static final String RECORD = "record";
    public static final String CAPACITY = "capacity";
    public static final String JOIN_EARLY = "joinEarlyMinutes";
    public static final String API = "apiUrl";
    public static final String OAUTH = "oauthUrl";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FormField> settings() {
        return List.of(
                FormField.text(ACCOUNT, ""),
                FormField.text(CLIENT, ""),
                FormField.secret(CLIENT_SECRET),
                FormField.secret(WEBHOOK_SECRET),
                FormField.text(HOST_USER, "me"),
                FormField.bool(RECORD, true),
                // a Pro licence's meetings take 100 participants; large-meeting licences 500 or 1000
                FormField.integer(CAPACITY, 100, 1, 100_000),
                FormField.integer(JOIN_EARLY, 15, 0, 240),
                FormField.url(API, "https://api.zoom.us/v2/"),
                FormField.url(OAUTH, "https://zoom.us/oauth/token"));
    }

    /** Nothing to wire: the platform is an extension of its own, and core routes its join and webhooks. */
    @Override
    public void wire(ModuleWiring wiring) {
        // the settings above are all this module adds
    }
}
