package kz.sabaq.attendance.online;

import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.form.FormField;
import org.pf4j.Extension;

/**
 * A conference platform for the tests whose activity log is what the test wrote into
 * {@link PlatformLogs} under the conference's room. Loaded as a one-class plugin that
 * {@link OnlineServer} makes; it reads the log through the application's class loader, which it
 * shares with the test.
 */
@Extension
public class LoggedPlatform implements ConferencePlatform {

    @Override
    public String id() {
        return "logged";
    }

    @Override
    public LocalizedName name() {
        return new LocalizedName("Журналы бар платформа", "Платформа с журналом", "Logged platform");
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.input("room", "attendance-qr.online.platform").asRequired(),
                FormField.input("link", "attendance-qr.online.join").asUrl().asRequired(),
                FormField.input("password", "attendance-qr.online.kept").asSecret());
    }

    @Override
    public Map<String, String> validate(Map<String, String> values) {
        return "forbidden".equals(values.get("room")) ? Map.of("room", "attendance-qr.online.error.platformUnknown")
                : Map.of();
    }

    @Override
    public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
        return URI.create(meeting.values().get("link"));
    }

    @Override
    public List<Participation> activity(Meeting meeting, PlatformContext platform) {
        return PlatformLogs.read(meeting.values().get("room"), meeting.start(), meeting.end());
    }
}
