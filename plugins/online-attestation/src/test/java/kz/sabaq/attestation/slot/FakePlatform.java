package kz.sabaq.attestation.slot;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferenceField;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.conference.Visibility;
import org.pf4j.Extension;

/** A conference platform for the tests, loaded from a plugin directory PlatformTest makes. */
@Extension
public class FakePlatform implements ConferencePlatform {

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public LocalizedName name() {
        return new LocalizedName("Сынақ платформасы", "Тестовая платформа", "Test platform");
    }

    @Override
    public List<ConferenceField> fields() {
        return List.of(new ConferenceField("login", "online-attestation-slot.student", false, false, true),
                new ConferenceField("password", "online-attestation-slot.group", true, false, true),
                new ConferenceField("link", "online-attestation-slot.recording.url", false, true, true),
                new ConferenceField("hostKey", "online-attestation-slot.student", false, false, false, Visibility.STAFF),
                new ConferenceField("apiToken", "online-attestation-slot.group", true, false, false, Visibility.SERVER));
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        return "forbidden".equals(values.get("login")) ? Map.of("login", "online-attestation-slot.error.platformUnknown")
                : Map.of();
    }

    /** Three connections at once: a slot of two students and its teacher fit, two such slots together do not. */
    @Override
    public OptionalInt capacity(PlatformContext platform) {
        return OptionalInt.of(3);
    }

    @Override
    public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
        return URI.create(meeting.values().get("link"));
    }
}
