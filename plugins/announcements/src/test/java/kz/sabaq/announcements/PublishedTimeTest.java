package kz.sabaq.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board dates an announcement as core's pages date things: the institution's local time
 * (Asia/Almaty, UTC+5, in the default profile) as dd.MM.yyyy HH:mm, in Kazakh and in Russian,
 * never the stored ISO form ({@code 2026-12-07T04:15}).
 */
class PublishedTimeTest {
    /** An ISO date-time in the page's text, outside a tag's attributes. */
    private static final Pattern ISO_IN_TEXT = Pattern.compile(">[^<]*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    static TestServer server;
    static Generator gen;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(MutableClock.at("2026-12-07T04:15:00"))
                .plugins(TestServer.repoRoot().resolve("plugins")).enable("announcements", Map.of()).start();
        gen = Generator.on(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient as(String role, String locale) {
        String iin = Iins.next();
        gen.user().iin(iin).roles(role).locale(locale).create();
        WebClient web = server.client();
        assertEquals(303, web.login(iin).status());
        return web;
    }

    @Test
    void theBoardShowsWhenAnAnnouncementWasPublishedInTheInstitutionsTimeInKazakhAndRussian() {
        WebClient registrar = as(StandardRoles.REGISTRAR, "kk");
        assertEquals(303, registrar.post("/announcements", Map.of("title", "Сессия", "body", "Кесте ілінді")).status());

        for (String locale : new String[] {"kk", "ru"}) {
            WebClient.Page board = as(StandardRoles.STUDENT, locale).get("/announcements");
            assertEquals(200, board.status());
            assertTrue(board.contains("<html lang=\"" + locale + "\">"), board.body());
            assertTrue(board.contains("<time datetime=\"2026-12-07T04:15Z\">07.12.2026 09:15</time>"), board.body());
            assertFalse(ISO_IN_TEXT.matcher(board.body()).find(), board.body());
        }
    }
}
