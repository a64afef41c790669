package kz.sabaq.api.conference;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import kz.sabaq.api.setting.ModuleSettings;

/** What core gives a platform on every call: its settings, an HTTP client, the clock, a store and callbacks. */
public interface PlatformContext {

    /**
     * The platform plugin's institution-wide settings (server address, shared secret…), which its
     * {@code LmsModule} declares and an administrator sets; server-only by nature.
     */
    ModuleSettings settings();

    /** A client with connect timeouts; give each request its own timeout. */
    HttpClient http();

    Clock clock();

    /** The address users reach Sabaq at. */
    URI publicUrl();

    KeyValueStore store();

    /**
     * The address at which the platform's server reaches {@link ConferencePlatform#callback}, e.g. for
     * BigBlueButton's analytics callback or Zoom's webhooks; {@code name} tells the calls apart.
     */
    URI callbackUrl(String name);
}
