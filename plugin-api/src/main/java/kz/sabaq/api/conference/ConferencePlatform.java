package kz.sabaq.api.conference;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FormField;
import org.pf4j.ExtensionPoint;

/**
 * A conference platform (plain link, BigBlueButton, Zoom…) on which a class or an exam is conducted
 * (version 2 of the extension point). Staff pick a platform and fill in its {@link #fields()}; pages
 * link participants to core's join route, which checks that the viewer takes part and asks
 * {@link #join} for that person's own address. Institution-wide values (server, shared secret) are the
 * plugin's settings, read through {@link PlatformContext#settings()}.
 *
 * <p>A platform that fails (server down, wrong secret) throws a {@code UserError} with its own
 * translated message; core shows it, never a stack trace.
 */
public interface ConferencePlatform extends ExtensionPoint {

    /** Stable id stored with the conference, e.g. {@code link}. */
    String id();

    LocalizedName name();

    /** What staff fill in, in form order. */
    List<FormField> fields();

    /**
     * Checks filled-in values beyond the fields' own flags and returns i18n keys of problems by
     * field key; empty when the values are fine.
     */
    default Map<String, String> validate(Map<String, String> values) {
        return Map.of();
    }

    /** Where this participant goes to join the meeting, made for them (their name, their role). */
    URI join(Meeting meeting, Participant participant, PlatformContext platform);

    /** Creates or schedules the meeting on the platform; called when it is saved and again before it starts. */
    default void prepare(Meeting meeting, PlatformContext platform) {
    }

    /**
     * How long before the meeting's start core's join route lets participants in (after its end nobody
     * is let in); 15 minutes unless the platform's settings say otherwise.
     */
    default Duration joinEarly(PlatformContext platform) {
        return Duration.ofMinutes(15);
    }

    /** Ends the meeting for everyone. */
    default void end(Meeting meeting, PlatformContext platform) {
    }

    /** The recordings the platform keeps of the meeting. */
    default List<Recording> recordings(Meeting meeting, PlatformContext platform) {
        return List.of();
    }

    /**
     * Who was connected and when, one stretch per connection, for attendance of online classes; a
     * participant is named by Sabaq's user id (as {@link #join} passed it) where the platform keeps it.
     * Empty when the platform keeps no such log.
     */
    default List<Participation> activity(Meeting meeting, PlatformContext platform) {
        return List.of();
    }

    /**
     * How many connections the platform takes at the same time (its plugin's capacity setting: some
     * 400 with cameras on a BigBlueButton server, 600–800 without); empty when it sets no limit.
     */
    default OptionalInt capacity(PlatformContext platform) {
        return OptionalInt.empty();
    }

    /** Answers a request the platform's server sent to {@link PlatformContext#callbackUrl}. */
    default Callback.Reply callback(Callback call, PlatformContext platform) {
        return new Callback.Reply(404, "Not Found");
    }
}
