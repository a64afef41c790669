package kz.sabaq.conference.zoom;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.conference.Callback;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.conference.Recording;
import kz.sabaq.api.i18n.BundleName;
import org.pf4j.Extension;

/**
 * Zoom, through a Server-to-Server OAuth app of the institution's account: Sabaq creates the meeting
 * (a passcode of its own, the waiting room, registration so that each participant gets a join link of
 * their own), the host starts it with the meeting's {@code start_url}, every attendee joins with the
 * link of their registration, which also ties them in the participant report to their Sabaq user id.
 * Recordings come from the cloud, attendance from the past meeting's participant report, and the
 * webhook tells when a meeting ended.
 */
@Extension
public class ZoomPlatform implements ConferencePlatform {
    public static final String ID = "zoom";
    static final String WEBHOOK = "events";
    private static final LocalizedName NAME = BundleName.of(ZoomPlatform.class, ZoomModule.ID, "conference-zoom.name");
    private static final String PASSCODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ZoomTokens tokens = new ZoomTokens();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    /** Nothing to fill in: the passcode is Sabaq's own and travels inside each personal link. */
    @Override
    public List<FormField> fields() {
        return List.of();
    }

    @Override
    public URI join(Meeting meeting, Participant participant, PlatformContext platform) {
        ZoomApi api = ZoomApi.of(platform, tokens);
        long zoomId = prepared(meeting, api, platform);
        if (participant.host()) {
            // a start_url lives two hours, so it is asked for at every join rather than kept
            return URI.create(api.get("meetings/" + zoomId).path("start_url").asText());
        }
        ZoomStore store = new ZoomStore(platform.store());
        ZoomStore.Registration registration = store.registration(zoomId, participant.userId()).orElseGet(() -> {
            Map<String, Object> registrant = new LinkedHashMap<>();
            registrant.put("email", "sabaq-" + participant.userId() + "@" + platform.publicUrl().getHost());
            registrant.put("first_name", shortened(participant.fullName(), 64));
            JsonNode made = api.post("meetings/" + zoomId + "/registrants", registrant);
            ZoomStore.Registration r = new ZoomStore.Registration(made.path("registrant_id").asText(), made.path("join_url").asText());
            store.registration(zoomId, participant.userId(), r);
            return r;
        });
        return URI.create(registration.joinUrl());
    }

    @Override
    public void prepare(Meeting meeting, PlatformContext platform) {
        prepared(meeting, ZoomApi.of(platform, tokens), platform);
    }

    /** The Zoom meeting's id: made now if none is, changed when the meeting's times or title changed. */
    private long prepared(Meeting meeting, ZoomApi api, PlatformContext platform) {
        ZoomStore store = new ZoomStore(platform.store());
        ZoomStore.Created created = store.created(meeting).orElse(null);
        if (created == null) {
            Map<String, Object> body = schedule(meeting);
            body.put("type", 2);
            body.put("password", passcode());
            body.put("settings", Map.of("waiting_room", true, "join_before_host", false,
                    "approval_type", 0, "registration_type", 1,
                    "registrants_email_notification", false, "registrants_confirmation_email", false,
                    "auto_recording", platform.settings().bool(ZoomModule.RECORD) ? "cloud" : "none"));
            String host = platform.settings().text(ZoomModule.HOST_USER).strip();
            long id = api.post("users/" + (host.isEmpty() ? "me" : host) + "/meetings", body).path("id").asLong();
            store.created(meeting, ZoomStore.Created.of(id, meeting));
            return id;
        }
        if (created.differs(meeting)) {
            api.change("PATCH", "meetings/" + created.id(), schedule(meeting));
            store.created(meeting, ZoomStore.Created.of(created.id(), meeting));
        }
        return created.id();
    }

    @Override
    public void end(Meeting meeting, PlatformContext platform) {
        ZoomApi api = ZoomApi.of(platform, tokens);
        new ZoomStore(platform.store()).created(meeting)
                .ifPresent(c -> api.change("PUT", "meetings/" + c.id() + "/status", Map.of("action", "end")));
    }

    @Override
    public List<Recording> recordings(Meeting meeting, PlatformContext platform) {
        ZoomApi api = ZoomApi.of(platform, tokens);
        List<Recording> found = new ArrayList<>();
        new ZoomStore(platform.store()).created(meeting).flatMap(c -> api.find("meetings/" + c.id() + "/recordings"))
                .ifPresent(cloud -> cloud.path("recording_files").forEach(file -> {
                    if ("MP4".equals(file.path("file_type").asText()) && "completed".equals(file.path("status").asText())) {
                        found.add(new Recording(URI.create(file.path("play_url").asText()),
                                Instant.parse(file.path("recording_start").asText()), Instant.parse(file.path("recording_end").asText())));
                    }
                }));
        return found;
    }

    @Override
    public List<Participation> activity(Meeting meeting, PlatformContext platform) {
        ZoomStore store = new ZoomStore(platform.store());
        return store.created(meeting).map(c -> ZoomReport.participations(c.id(), ZoomApi.of(platform, tokens), store))
                .orElse(List.of());
    }

    @Override
    public Duration joinEarly(PlatformContext platform) {
        return Duration.ofMinutes(platform.settings().integer(ZoomModule.JOIN_EARLY));
    }

    @Override
    public OptionalInt capacity(PlatformContext platform) {
        return OptionalInt.of((int) platform.settings().integer(ZoomModule.CAPACITY));
    }

    @Override
    public Callback.Reply callback(Callback call, PlatformContext platform) {
        if (!WEBHOOK.equals(call.name())) {
            return new Callback.Reply(404, "Not Found");
        }
        return ZoomWebhook.receive(call, platform.settings().text(ZoomModule.WEBHOOK_SECRET), platform.clock(),
                new ZoomStore(platform.store()));
    }

    /** Topic, start and length as Zoom takes them: UTC time to the second, whole minutes. */
    private static Map<String, Object> schedule(Meeting meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topic", shortened(meeting.title(), 200));
        body.put("start_time", meeting.start().truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("duration", Math.max(1, (meeting.end().getEpochSecond() - meeting.start().getEpochSecond() + 59) / 60));
        body.put("timezone", "UTC");
        return body;
    }

    /** Zoom's passcodes are at most 10 characters; these leave out look-alikes (0/O, 1/l/I). */
    private static String passcode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(PASSCODE_LETTERS.charAt(RANDOM.nextInt(PASSCODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
