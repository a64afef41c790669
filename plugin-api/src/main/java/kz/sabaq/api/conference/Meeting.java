package kz.sabaq.api.conference;

import java.time.Instant;
import java.util.Map;

/**
 * A class or an exam slot held on a platform, as a platform is told about it.
 *
 * @param module   the module holding it, e.g. {@code online-attestation}
 * @param object   the module's id of it, e.g. the slot's id; with the module it names the meeting
 * @param streamId the stream whose students and teacher take part
 * @param title    what participants see as the meeting's name
 * @param values   what staff filled in for the platform's fields
 */
public record Meeting(String module, String object, long streamId, String title, Instant start, Instant end,
                      Map<String, String> values) {

    public Meeting {
        values = Map.copyOf(values);
    }

    /** A name unique on the institution's platform: the module and the object. */
    public String key() {
        return module + "-" + object;
    }
}
