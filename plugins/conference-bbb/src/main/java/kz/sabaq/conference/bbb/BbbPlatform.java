package kz.sabaq.conference.bbb;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.Callback;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.conference.Recording;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.api.setting.ModuleSettings;
import org.pf4j.Extension;
import org.w3c.dom.Element;

/**
 * BigBlueButton: Sabaq creates the meeting (named by module and object, with Sabaq's metadata and the
 * analytics callback), gives each participant a signed join link with their own name, Sabaq user id and
 * role, ends it, lists its recordings, and takes attendance from the analytics the server posts at the end.
 */
@Extension
public class BbbPlatform implements ConferencePlatform {
    public static final String ID = "bbb";
    /** A code participants type to enter (BBB's {@code accessCode}); optional. */
    public static final String ACCESS_CODE = "accessCode";
    static final String ANALYTICS = "analytics";
    private static final LocalizedName NAME = BundleName.of(BbbPlatform.class, BbbModule.ID, "conference-bbb.name");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.input(ACCESS_CODE, "conference-bbb.field.accessCode"));
    }

    @Override
    public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
        prepare(meeting, platform);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fullName", participant.fullName());
        p.put("meetingID", meetingId(meeting));
        p.put("role", participant.host() ? "MODERATOR" : "VIEWER");
        p.put("userID", String.valueOf(participant.userId()));
        p.put("redirect", "true");
        return api(platform).url("join", p);
    }

    /** Creates the meeting; BigBlueButton answers an existing one's create with its details, so this repeats safely. */
    @Override
    public void prepare(Meeting meeting, PlatformContext platform) {
        ModuleSettings s = platform.settings();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", meeting.title());
        p.put("meetingID", meetingId(meeting));
        p.put("record", String.valueOf(s.bool(BbbModule.RECORD)));
        p.put("guestPolicy", s.bool(BbbModule.APPROVAL) ? "ASK_MODERATOR" : "ALWAYS_ACCEPT");
        String code = meeting.values().getOrDefault(ACCESS_CODE, "");
        if (!code.isBlank()) {
            p.put("accessCode", code);
        }
        p.put("meta_sabaq-module", meeting.module());
        p.put("meta_sabaq-object", meeting.object());
        p.put("meta_analytics-callback-url", platform.callbackUrl(ANALYTICS).toString());
        api(platform).call("create", p);
    }

    @Override
    public void end(Meeting meeting, PlatformContext platform) {
        api(platform).call("end", Map.of("meetingID", meetingId(meeting)), "notFound");
    }

    @Override
    public List<Recording> recordings(Meeting meeting, PlatformContext platform) {
        Element response = api(platform).call("getRecordings", Map.of("meetingID", meetingId(meeting)))
                .getDocumentElement();
        List<Recording> found = new ArrayList<>();
        for (Element recording : Xml.children(Xml.child(response, "recordings"), "recording")) {
            for (Element format : Xml.children(Xml.child(recording, "playback"), "format")) {
                String url = Xml.text(format, "url");
                if (url != null && url.startsWith("http")) {
                    found.add(new Recording(URI.create(url), millis(Xml.text(recording, "startTime")),
                            millis(Xml.text(recording, "endTime"))));
                }
            }
        }
        return found;
    }

    @Override
    public List<Participation> activity(Meeting meeting, PlatformContext platform) {
        return platform.store().get(Analytics.key(meetingId(meeting))).map(Analytics::participations).orElse(List.of());
    }

    @Override
    public Duration joinEarly(PlatformContext platform) {
        return Duration.ofMinutes(platform.settings().integer(BbbModule.JOIN_EARLY));
    }

    @Override
    public OptionalInt capacity(PlatformContext platform) {
        return OptionalInt.of((int) platform.settings().integer(BbbModule.CAPACITY));
    }

    @Override
    public Callback.Reply callback(Callback call, PlatformContext platform) {
        if (!ANALYTICS.equals(call.name())) {
            return new Callback.Reply(404, "Not Found");
        }
        return Analytics.receive(call, platform.settings().text(BbbModule.SECRET), platform.store());
    }

    /** The meeting's id on the server: Sabaq's name for it, so two institutions' meetings never meet. */
    static String meetingId(Meeting meeting) {
        return "sabaq-" + meeting.key();
    }

    private static BbbApi api(PlatformContext platform) {
        ModuleSettings s = platform.settings();
        return new BbbApi(s.text(BbbModule.SERVER), s.text(BbbModule.SECRET), s.text(BbbModule.CHECKSUM), platform.http());
    }

    private static Instant millis(String text) {
        return text == null || text.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(text));
    }
}
