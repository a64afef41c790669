package kz.sabaq.attestation.slot;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.form.Visibility;
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
    public List<FormField> fields() {
        return List.of(FormField.input("login", "online-attestation-slot.student").asRequired(),
                FormField.input("password", "online-attestation-slot.group").asSecret().asRequired(),
                FormField.input("link", "online-attestation-slot.recording.url").asUrl().asRequired(),
                FormField.input("hostKey", "online-attestation-slot.student").visibleTo(Visibility.STAFF),
                FormField.input("apiToken", "online-attestation-slot.group").asSecret().visibleTo(Visibility.SERVER));
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
