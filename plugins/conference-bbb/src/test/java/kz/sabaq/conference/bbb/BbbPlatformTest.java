package kz.sabaq.conference.bbb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.Participant;
import kz.sabaq.api.conference.Participation;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform against a fake BigBlueButton speaking the documented API, inside a real Sabaq. */
class BbbPlatformTest {
    private static final Meeting EXAM = new Meeting("online-attestation", "42", 7, "Физика (ФИЗ-21)",
            Instant.parse("2026-12-10T04:00:00Z"), Instant.parse("2026-12-10T06:00:00Z"), Map.of("accessCode", "1234"));
    private static final Participant STUDENT = new Participant(501, "050101500123", "Ахметова Айгерім Болатқызы",
            Locale.forLanguageTag("kk"), false);
    private static final Participant TEACHER = new Participant(9, "800101300456", "Сейітов Марат", Locale.ROOT, true);

    private static final String CALLBACK = "/conference/callback/bbb/analytics";

    private static FakeBbb bbb;
    private static TestServer server;
    private static ConferencePlatform platform;
    private static PlatformContext context;

    @BeforeAll
    static void start() throws Exception {
        bbb = new FakeBbb();
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("conference-bbb", Map.of("serverUrl", bbb.url(), "sharedSecret", FakeBbb.SECRET,
                        "checksum", "sha256")).start();
        Conferences conferences = server.app().service(Conferences.class).orElseThrow();
        platform = conferences.platform("bbb").orElseThrow();
        context = conferences.context(platform);
    }

    @AfterAll
    static void stop() {
        server.close();
        bbb.close();
    }

    @Test
    void eachParticipantJoinsWithTheirOwnNameIdAndRoleOnAMeetingSabaqCreated() throws Exception {
        URI student = platform.join(EXAM, STUDENT, context);
        URI teacher = platform.join(EXAM, TEACHER, context);

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, http.send(HttpRequest.newBuilder(student).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                "the server accepts the signed join link");
        http.send(HttpRequest.newBuilder(teacher).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(List.of("Ахметова Айгерім Болатқызы 501 VIEWER", "Сейітов Марат 9 MODERATOR"),
                bbb.joins.stream().map(j -> j.get("fullName") + " " + j.get("userID") + " " + j.get("role")).toList());
        Map<String, String> created = bbb.meetings.get("sabaq-online-attestation-42");
        assertEquals("Физика (ФИЗ-21)", created.get("name"));
        assertEquals("1234", created.get("accessCode"));
        assertEquals("42", created.get("meta_sabaq-object"));
        assertTrue(created.get("meta_analytics-callback-url").endsWith("/conference/callback/bbb/analytics"),
                "the server posts its analytics to core's callback route at Sabaq's public address");
        assertTrue(!student.toString().contains(FakeBbb.SECRET), "the secret never leaves the server");
    }

    @Test
    void recordingsComeFromTheServer() {
        platform.prepare(EXAM, context);
        assertEquals(List.of("https://bbb.example.kz/playback/presentation/2.3/ffbfc4cc-sabaq-online-attestation-42"),
                platform.recordings(EXAM, context).stream().map(r -> r.link().toString()).toList());
    }

    @Test
    void aWrongSecretOrADownServerIsTranslatedNotAStackTrace() {
        context.settings().save(Map.of("sharedSecret", "wrong"));
        try {
            UserError wrong = assertThrows(UserError.class, () -> platform.prepare(EXAM, context));
            assertEquals("conference-bbb.error.checksum", wrong.messageKey());
        } finally {
            context.settings().save(Map.of("sharedSecret", FakeBbb.SECRET));
        }
        context.settings().save(Map.of("serverUrl", "http://127.0.0.1:9/bigbluebutton/"));
        try {
            UserError down = assertThrows(UserError.class, () -> platform.prepare(EXAM, context));
            assertEquals("conference-bbb.error.unreachable", down.messageKey());
        } finally {
            context.settings().save(Map.of("serverUrl", bbb.url()));
        }
    }

    @Test
    void aServerAddressThatIsNoWebAddressIsRefusedBesideItsFieldAndKept() {
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        admin.login(iin);

        WebClient.Page refused = admin.post("/admin/plugins/conference-bbb/settings", Map.of("s.serverUrl", "bbb.example.kz/bigbluebutton",
                "s.sharedSecret", "", "s.checksum", "sha256", "s.record", "true", "s.capacity", "400", "s.joinEarlyMinutes", "15"));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contains("data-field-error=\"s.serverUrl\""), "the message is beside the field: " + refused.body());
        assertTrue(refused.contains("http:// немесе https:// деп басталатын веб-мекенжай"), refused.body());
        assertTrue(refused.contains("value=\"bbb.example.kz/bigbluebutton\""), "what was typed is kept");
        assertEquals(bbb.url(), context.settings().text(BbbModule.SERVER), "and nothing is saved");
    }

    @Test
    void analyticsPostedBySignedCallbackBecomeActivityByUserId() throws Exception {
        platform.prepare(EXAM, context);
        String meeting = "sabaq-online-attestation-42";
        List<FakeBbb.Attendee> attendees = List.of(new FakeBbb.Attendee("501", "Ахметова Айгерім", false,
                List.of(Instant.parse("2026-12-10T04:02:00Z"), Instant.parse("2026-12-10T05:10:00Z")),
                List.of(Instant.parse("2026-12-10T04:40:00Z"), Instant.parse("2026-12-10T05:58:00Z"))));
        String body = FakeBbb.analytics(meeting, ZoneOffset.ofHours(5), EXAM.start(), EXAM.end(), attendees);
        assertTrue(body.contains("\"joins\":[\"2026-12-10T09:02:00.000+05:00\""), "times as the server writes them: " + body);
        assertEquals(401, FakeBbb.postAnalytics(server.url(CALLBACK), body, "wrong"), "a callback not signed with the shared secret is refused");
        assertEquals(List.of(), platform.activity(EXAM, context));

        assertEquals(200, bbb.endWithAnalytics(URI.create(server.url("/")), meeting, ZoneOffset.ofHours(5), EXAM.start(), EXAM.end(), attendees),
                "the server posts to the callback address the meeting was created with");

        assertEquals(List.of(
                        new Participation("501", Instant.parse("2026-12-10T04:02:00Z"), Instant.parse("2026-12-10T04:40:00Z")),
                        new Participation("501", Instant.parse("2026-12-10T05:10:00Z"), Instant.parse("2026-12-10T05:58:00Z"))),
                platform.activity(EXAM, context), "leave early, rejoin: two stretches matched by user id");
    }
}
