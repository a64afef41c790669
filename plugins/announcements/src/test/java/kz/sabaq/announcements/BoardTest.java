package kz.sabaq.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.announcements.testing.AnnouncementGenerator;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board as the plugin guide's section 7 tests it: a registrar publishes, everyone reads, the
 * newest {@code maxShown} (2 here) are shown, an announcement disappears when its days are over,
 * and a refused form keeps what was typed. Announcements are read by their {@code data-announcement}
 * ids, not by the page's wording.
 */
class BoardTest {
    private static final Pattern SHOWN = Pattern.compile("data-announcement=\"(\\d+)\"");

    static TestServer server;
    static Generator gen;
    static AnnouncementGenerator announcements;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("announcements", Map.of("maxShown", 2)).start();
        gen = Generator.on(server);
        announcements = new AnnouncementGenerator(gen);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A new person with the role, logged in. */
    static WebClient as(String role) {
        String iin = Iins.next();
        gen.user().iin(iin).roles(role).create();
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    /** The ids of the announcements the board shows, top first. */
    static List<Long> shown(WebClient web) {
        WebClient.Page page = web.get("/announcements");
        assertEquals(200, page.status());
        Matcher m = SHOWN.matcher(page.body());
        return m.results().map(r -> Long.parseLong(r.group(1))).toList();
    }

    @Test
    void aRegistrarPublishesAndAStudentReadsButCannotPublish() {
        WebClient registrar = as(StandardRoles.REGISTRAR);
        assertEquals(303, registrar.post("/announcements", Map.of("title", "Сессия", "body", "Кесте ілінді")).status());
        WebClient student = as(StandardRoles.STUDENT);
        WebClient.Page board = student.get("/announcements");
        assertTrue(board.contains("<h2>Сессия</h2>"), board.body());
        assertFalse(board.contains("action=\"/announcements\""), "no form for a reader");

        assertEquals(403, student.post("/announcements", Map.of("title", "Менің хабарым")).status());
        assertFalse(student.get("/announcements").contains("Менің хабарым"));
    }

    @Test
    void onlyTheNewestMaxShownAnnouncementsAreShown() {
        long author = gen.user().roles(StandardRoles.REGISTRAR).create();
        server.clock().advance(Duration.ofMinutes(5));        // after every other test's announcement
        LocalDateTime now = LocalDateTime.now(server.clock());
        long older = announcements.announcement(author).publishedAt(now.minusMinutes(2)).create();
        long newer = announcements.announcement(author).publishedAt(now.minusMinutes(1)).create();
        long newest = announcements.announcement(author).publishedAt(now).create();

        List<Long> shown = shown(as(StandardRoles.TEACHER));

        assertEquals(List.of(newest, newer), shown);
        assertFalse(shown.contains(older));
    }

    @Test
    void expiredAnnouncementsAreNotShown() {
        long author = gen.user().roles(StandardRoles.REGISTRAR).create();
        long week = announcements.announcement(author).shownFor(Duration.ofDays(7)).create();
        assertTrue(shown(as(StandardRoles.STUDENT)).contains(week));

        server.clock().advance(Duration.ofDays(8));           // never sleep: move the clock

        assertFalse(shown(as(StandardRoles.STUDENT)).contains(week));
    }

    @Test
    void aTitleTooLongIsRefusedBesideTheFieldAndNothingIsPublished() {
        WebClient registrar = as(StandardRoles.REGISTRAR);
        List<Long> before = shown(registrar);
        String title = "А".repeat(Board.TITLE_MAX + 1);

        WebClient.Page refused = registrar.post("/announcements", Map.of("title", title, "body", "Сақталады"));

        assertEquals(400, refused.status());
        assertTrue(refused.contains("aria-invalid=\"true\""), "the error is beside the title field");
        assertTrue(refused.contains("Сақталады"), "what was typed is kept");
        assertEquals(before, shown(registrar));
    }
}
