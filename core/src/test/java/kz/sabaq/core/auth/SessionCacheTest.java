package kz.sabaq.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionCacheTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final WebSession ONE = new WebSession(7, "csrf", LocalDateTime.of(2030, 1, 1, 0, 0), "A", "B", "kk",
            true, "1");

    @Test
    void aSessionIsKeptForAFewSecondsThenAskedForAgain() {
        MutableClock clock = MutableClock.at("2026-12-01T10:00:00");
        SessionCache cache = new SessionCache(clock);
        AtomicInteger loads = new AtomicInteger();
        byte[] hash = {1, 2, 3};
        assertEquals(Optional.of(ONE), cache.find(hash, () -> { loads.incrementAndGet(); return Optional.of(ONE); }));
        assertEquals(Optional.of(ONE), cache.find(new byte[] {1, 2, 3}, () -> { loads.incrementAndGet(); return Optional.empty(); }));
        assertEquals(1, loads.get());
        clock.advance(SessionCache.KEEP);
        assertEquals(Optional.empty(), cache.find(hash, () -> { loads.incrementAndGet(); return Optional.empty(); }));
        assertEquals(2, loads.get());
    }

    @Test
    void unknownTokensAreNotKeptAndForgetAllForgetsEverything() {
        MutableClock clock = MutableClock.at("2026-12-01T10:00:00");
        SessionCache cache = new SessionCache(clock);
        AtomicInteger loads = new AtomicInteger();
        byte[] hash = {9};
        cache.find(hash, () -> { loads.incrementAndGet(); return Optional.empty(); });
        cache.find(hash, () -> { loads.incrementAndGet(); return Optional.of(ONE); });
        assertEquals(2, loads.get(), "a miss is asked for again");
        cache.forgetAll();
        cache.find(hash, () -> { loads.incrementAndGet(); return Optional.of(ONE); });
        assertEquals(3, loads.get());
    }

    @Test
    void aLookupThatRacedAChangeIsNotKept() {
        SessionCache cache = new SessionCache(MutableClock.at("2026-12-01T10:00:00"));
        AtomicInteger loads = new AtomicInteger();
        byte[] hash = {5};
        cache.find(hash, () -> { loads.incrementAndGet(); cache.forgetAll(); return Optional.of(ONE); });
        cache.find(hash, () -> { loads.incrementAndGet(); return Optional.of(ONE); });
        assertEquals(2, loads.get(), "read before the change finished, so asked for again");
    }

    @Test
    void aLogoutOnAnotherNodeIsSeenWithinTheKeepTime() throws Exception {
        String iin = Iins.next();
        long userId = server.user(iin, "Кэш", "Тест", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        assertEquals(200, browser.get("/").status());
        deleteSessionsOnAnotherNode(userId);
        assertEquals(200, browser.get("/").status(), "kept for at most a few seconds");
        server.clock().advance(SessionCache.KEEP);
        WebClient.Page after = browser.get("/");
        assertEquals(303, after.status());
        assertTrue(after.location().startsWith("/login"));
    }

    @Test
    void aLoginOnThisNodeKeepsEveryOtherKeptSession() throws Exception {
        String iin = Iins.next();
        long userId = server.user(iin, "Залда", "Бірінші", StandardRoles.STUDENT);
        String next = Iins.next();
        server.user(next, "Залда", "Келесі", StandardRoles.STUDENT);
        WebClient first = server.client();
        first.login(iin);
        assertEquals(200, first.get("/").status());
        deleteSessionsOnAnotherNode(userId);

        server.client().login(next);

        assertEquals(200, first.get("/").status(), "the first student's session is still kept: a login forgets nothing");
        server.clock().advance(SessionCache.KEEP);
        assertEquals(303, first.get("/").status(), "and the other node's logout is seen within the keep time");
    }

    /** Another node deletes the user's sessions: straight from the pool, not through this node's Database, so no signal here. */
    private static void deleteSessionsOnAnotherNode(long userId) throws Exception {
        try (Connection c = server.app().database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE user_id = ?")) {
            s.setLong(1, userId);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void aLanguageChangeOnThisNodeShowsAtOnce() {
        String iin = Iins.next();
        server.user(iin, "Тіл", "Тест", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        assertTrue(browser.get("/").contains("Шығу"));
        browser.post("/lang", Map.of("lang", "en", "return", "/"));
        WebClient.Page page = browser.get("/");
        assertTrue(page.contains("Log out"), page.body());
        assertFalse(page.contains("Шығу"));
    }

    @Test
    void aDeactivatedUserIsOutAtOnce() throws Exception {
        String iin = Iins.next();
        long userId = server.user(iin, "Бұғат", "Тест", StandardRoles.STUDENT);
        WebClient browser = server.client();
        browser.login(iin);
        assertEquals(200, browser.get("/").status());
        server.app().database().mapper(kz.sabaq.core.user.UserAdminMapper.class).setActive(userId, false);
        assertEquals(303, browser.get("/").status());
    }
}
