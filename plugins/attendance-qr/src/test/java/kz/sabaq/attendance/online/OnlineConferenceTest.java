package kz.sabaq.attendance.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attendance.testing.Classroom;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An online class's conference: set by the stream's trainer on the session page, checked, its join link shown. */
class OnlineConferenceTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = OnlineServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient.Page set(WebClient web, long session, String room, String link, String password) {
        return web.post("/attendance-qr/sessions/" + session + "/online", Map.of("platform", "logged",
                "field.room", room, "field.link", link, "field.password", password));
    }

    private static List<String> saved(Classroom room) {
        return room.strings("SELECT CONCAT(platform, ' ', platform_values) FROM att_online WHERE session_id = ?",
                room.session);
    }

    @Test
    void theTrainerSetsTheConferenceAndTheSessionPageShowsItsJoinLink() {
        Classroom room = new Classroom(server);
        String page = "/attendance-qr/sessions/" + room.session;
        assertTrue(room.teacherWeb().get(page).contains("Журналы бар платформа"), "the started platforms are offered");

        assertEquals(303, set(room.teacherWeb(), room.session, "r-1", "https://meet.example.kz/r-1", "s3cret").status());

        assertEquals(List.of("logged {\"room\":\"r-1\",\"link\":\"https://meet.example.kz/r-1\",\"password\":\"s3cret\"}"),
                saved(room));
        assertEquals(List.of(String.valueOf(room.teacher)),
                room.strings("SELECT set_by FROM att_online WHERE session_id = ?", room.session));
        WebClient.Page shown = room.teacherWeb().get(page);
        String join = "/conference/attendance-qr/" + room.session + "/join";
        assertTrue(shown.contains("href=\"" + join + "\""), shown.body());
        WebClient.Page joined = room.teacherWeb().get(join);
        assertEquals(303, joined.status(), "core's join route sends the trainer on to the platform");
        assertEquals("https://meet.example.kz/r-1", joined.headers().firstValue("Location").orElseThrow());
        assertTrue(shown.contains("/online/proposal"), "the proposal is offered once a conference is set");
        assertFalse(shown.contains("s3cret"), "a secret is never shown back");
    }

    @Test
    void aSecretLeftEmptyKeepsItsSavedValue() {
        Classroom room = new Classroom(server);
        set(room.teacherWeb(), room.session, "r-2", "https://meet.example.kz/r-2", "s3cret");

        assertEquals(303, set(room.teacherWeb(), room.session, "r-2b", "https://meet.example.kz/r-2b", "").status());

        assertEquals(List.of("logged {\"room\":\"r-2b\",\"link\":\"https://meet.example.kz/r-2b\",\"password\":\"s3cret\"}"),
                saved(room));
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndChangesNothing() {
        Classroom room = new Classroom(server);
        WebClient teacher = room.teacherWeb();

        WebClient.Page missing = set(teacher, room.session, "", "https://meet.example.kz", "");
        assertEquals(400, missing.status());
        assertTrue(missing.contains("өрісін толтырыңыз"), "in the trainer's language: " + missing.body());
        WebClient.Page script = set(teacher, room.session, "r-3", "javascript:alert(1)", "");
        assertEquals(400, script.status());
        assertTrue(script.contains("веб-мекенжай болуы керек"), script.body());
        assertEquals(400, set(teacher, room.session, "forbidden", "https://meet.example.kz", "").status(),
                "the platform's own rule");
        assertEquals(400, teacher.post("/attendance-qr/sessions/" + room.session + "/online",
                Map.of("platform", "nope", "field.room", "r")).status());
        assertEquals(400, set(teacher, room.session, "r".repeat(1001), "https://meet.example.kz", "").status());

        assertEquals(List.of(), saved(room));
    }

    @Test
    void onlyTheStreamsTrainerSetsTheConference() {
        Classroom room = new Classroom(server);
        Classroom.Listener listener = room.listener("Ахметова");
        String iin = Iins.next();
        server.user(iin, "Басқа", "Оқытушы", StandardRoles.TEACHER);
        WebClient other = server.client();
        assertEquals(303, other.login(iin).status());
        String path = "/attendance-qr/sessions/" + room.session + "/online";

        assertEquals(403, set(other, room.session, "r-4", "https://meet.example.kz", "").status(), "another stream's teacher");
        assertEquals(403, set(listener.web(), room.session, "r-4", "https://meet.example.kz", "").status(), "a listener");
        assertEquals(403, other.get(path + "/proposal").status());
        assertEquals(403, other.post(path + "/confirm", Map.of("digest", "x")).status());
        assertEquals(403, room.teacherWeb().postRaw(path, Map.of("platform", "logged", "field.room", "r-4",
                "field.link", "https://meet.example.kz")).status(), "no CSRF token");

        assertEquals(List.of(), saved(room));
    }

    @Test
    void aHeadOfDepartmentSeesTheJoinLinkButNeitherTheFormNorTheProposal() {
        Classroom room = new Classroom(server);
        String iin = Iins.next();
        server.user(iin, "Бөлім", "Меңгерушісі", StandardRoles.HEAD_OF_DEPARTMENT);
        WebClient head = server.client();
        assertEquals(303, head.login(iin).status());
        String page = "/attendance-qr/sessions/" + room.session;
        assertFalse(head.get(page).contains("id=\"online\""), "nothing to show before a conference is set");

        set(room.teacherWeb(), room.session, "r-5", "https://meet.example.kz/r-5", "");

        WebClient.Page shown = head.get(page);
        assertTrue(shown.contains("href=\"/conference/attendance-qr/" + room.session + "/join\""), shown.body());
        assertFalse(shown.contains("/online\""), "no form in read mode");
        assertFalse(shown.contains("/online/proposal"));
        assertEquals(403, head.get(page + "/online/proposal").status());
        assertEquals(403, head.post(page + "/online/confirm", Map.of("digest", "x")).status());
        assertEquals(403, set(head, room.session, "r-6", "https://meet.example.kz/r-6", "").status());
    }
}
