package kz.sabaq.conference.zoom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform inside a real Sabaq against a fake Zoom speaking the documented OAuth and REST API. */
class ZoomPlatformTest {
    private static final Participant STUDENT = new Participant(501, "050101500123", "Ахметова Айгерім Болатқызы",
            Locale.forLanguageTag("kk"), false);
    private static final Participant OTHER = new Participant(502, "050101500124", "Бекова Дана", Locale.ROOT, false);
    private static final Participant TEACHER = new Participant(9, "800101300456", "Сейітов Марат", Locale.ROOT, true);

    private static TestServer server;
    private static FakeZoom zoom;
    private static ConferencePlatform platform;
    private static PlatformContext context;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins")).enable("conference-zoom", Map.of()).start();
        zoom = new FakeZoom(() -> server.clock().instant());
        Conferences conferences = server.app().service(Conferences.class).orElseThrow();
        platform = conferences.platform("zoom").orElseThrow();
        context = conferences.context(platform);
        context.settings().save(Map.of(ZoomModule.ACCOUNT, FakeZoom.ACCOUNT, ZoomModule.CLIENT, FakeZoom.CLIENT,
                ZoomModule.CLIENT_SECRET, FakeZoom.SECRET, ZoomModule.WEBHOOK_SECRET, ZoomWebhookTest.TOKEN,
                ZoomModule.API, zoom.url("/v2/"), ZoomModule.OAUTH, zoom.url("/oauth/token")));
    }

    @AfterAll
    static void stop() {
        server.close();
        zoom.close();
    }

    /** A meeting of its own per test, starting an hour from the test's clock. */
    private static Meeting meeting(String object) {
        Instant start = server.clock().instant().plus(Duration.ofHours(1));
        return new Meeting("online-attestation", object, 7, "Физика (ФИЗ-21)", start, start.plus(Duration.ofMinutes(90)), Map.of());
    }

    @Test
    void aMeetingWithPasscodeAndWaitingRoomAndAPersonalLinkForEachParticipant() {
        Meeting exam = meeting("41");
        long made = zoom.calls.stream().filter("POST /v2/users/me/meetings"::equals).count();
        URI student = platform.join(exam, STUDENT, context);
        URI again = platform.join(exam, STUDENT, context);
        URI other = platform.join(exam, OTHER, context);
        URI teacher = platform.join(exam, TEACHER, context);

        assertEquals(made + 1, zoom.calls.stream().filter("POST /v2/users/me/meetings"::equals).count(), "created once");
        JsonNode created = zoom.meetings.get(zoomId(exam));
        assertEquals(exam.start().toString(), created.path("start_time").asText());
        assertEquals(90, created.path("duration").asInt());
        assertTrue(created.path("settings").path("waiting_room").asBoolean(), "the waiting room is on");
        assertFalse(created.path("settings").path("join_before_host").asBoolean());
        assertEquals(10, created.path("password").asText().length(), "a passcode of Sabaq's own: " + created);
        assertTrue(student.toString().contains("/w/") && student.toString().contains("tk="), "a registration's own link: " + student);
        assertEquals(student, again, "registered once, the same link on every join");
        assertFalse(student.equals(other), "each participant has their own link");
        assertTrue(teacher.toString().contains("/s/") && teacher.toString().contains("zak="), "the host starts the meeting: " + teacher);
        assertTrue(zoom.registrants.values().stream().anyMatch(r -> r.path("first_name").asText().equals("Ахметова Айгерім Болатқызы")),
                "registered under their own name");
        assertFalse(student.toString().contains(FakeZoom.SECRET), "the secret never leaves the server");
    }

    @Test
    void aTokenIsKeptUntilItExpiresAndAnExpiredOneIsReplaced() {
        Meeting exam = meeting("42");
        platform.prepare(exam, context);
        long issued = zoom.tokensIssued.get();
        platform.join(exam, STUDENT, context);
        platform.join(exam, TEACHER, context);
        assertEquals(issued, zoom.tokensIssued.get(), "the token is reused within its hour");

        server.clock().advance(Duration.ofMinutes(59).plusSeconds(30));
        platform.join(exam, OTHER, context);
        assertEquals(issued + 1, zoom.tokensIssued.get(), "a token about to expire is not used; a new one is asked for");

        zoom.revokeTokens();
        platform.join(exam, TEACHER, context);
        assertEquals(issued + 2, zoom.tokensIssued.get(), "a token Zoom refuses (401) is replaced and the call made again");
    }

    @Test
    void changedTimesMoveTheMeetingAndEndingEndsIt() {
        Meeting exam = meeting("43");
        platform.prepare(exam, context);
        Meeting later = new Meeting(exam.module(), exam.object(), exam.streamId(), exam.title(), exam.start().plus(Duration.ofHours(2)),
                exam.end().plus(Duration.ofHours(2)), Map.of());
        platform.prepare(later, context);
        long id = zoomId(later);
        assertEquals(later.start().toString(), zoom.meetings.get(id).path("start_time").asText(), "moved by PATCH");

        platform.end(later, context);
        assertEquals("finished", zoom.meetings.get(id).path("status").asText());
    }

    @Test
    void cloudRecordingsAndAttendanceFromTheParticipantReportMatchedByUserId() {
        Meeting exam = meeting("44");
        assertEquals(List.of(), platform.activity(exam, context), "nothing before the meeting was made");
        URI student = platform.join(exam, STUDENT, context);
        platform.join(exam, TEACHER, context);
        long id = zoomId(exam);
        assertEquals(List.of(), platform.recordings(exam, context), "no recording yet (Zoom: 3301)");
        assertEquals(List.of(), platform.activity(exam, context), "no report before it took place (Zoom: 3001)");

        Instant t = exam.start();
        zoom.attended(student.toString(), t.plusSeconds(60), t.plusSeconds(1800));
        zoom.attended(student.toString(), t.plusSeconds(2400), t.plusSeconds(5400));
        zoom.hostAttended(id, "Сейітов Марат", t, t.plusSeconds(5400));
        zoom.recorded(id, t, t.plusSeconds(5400));

        assertEquals(List.of(new Participation("501", t.plusSeconds(60), t.plusSeconds(1800)),
                        new Participation("501", t.plusSeconds(2400), t.plusSeconds(5400)),
                        new Participation("Сейітов Марат", t, t.plusSeconds(5400))),
                platform.activity(exam, context), "leave and rejoin: two stretches by user id; the host only by name");
        assertEquals(List.of("https://zoom.us/rec/play/" + id),
                platform.recordings(exam, context).stream().map(r -> r.link().toString()).toList());
    }

    @Test
    void wrongCredentialsOrZoomDownAreTranslatedNotAStackTrace() {
        Meeting exam = meeting("45");
        context.settings().save(Map.of(ZoomModule.CLIENT_SECRET, "wrong"));
        try {
            UserError wrong = assertThrows(UserError.class, () -> platform.prepare(exam, context));
            assertEquals("conference-zoom.error.credentials", wrong.messageKey(), "the token endpoint refused the client secret");
        } finally {
            context.settings().save(Map.of(ZoomModule.CLIENT_SECRET, FakeZoom.SECRET));
        }
        context.settings().save(Map.of(ZoomModule.API, "http://127.0.0.1:9/v2/", ZoomModule.OAUTH, "http://127.0.0.1:9/oauth/token"));
        try {
            UserError down = assertThrows(UserError.class, () -> platform.prepare(exam, context));
            assertEquals("conference-zoom.error.unreachable", down.messageKey());
        } finally {
            context.settings().save(Map.of(ZoomModule.API, zoom.url("/v2/"), ZoomModule.OAUTH, zoom.url("/oauth/token")));
        }
    }

    /** The Zoom meeting the platform made for this one, as it keeps it. */
    private static long zoomId(Meeting meeting) {
        return new ZoomStore(context.store()).created(meeting).orElseThrow().id();
    }
}
