package kz.sabaq.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.core.user.UserMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotificationPagesTest {
    static TestServer server;
    static NotificationCentre centre;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        centre = server.app().notifications();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Person(long id, String iin) {
    }

    private static Person person(String locale) {
        String iin = Iins.next();
        long id = server.user(iin, "Сейітқали", "Айгерім", StandardRoles.STUDENT);
        server.app().database().mapper(UserMapper.class).setLocale(id, locale);
        return new Person(id, iin);
    }

    private static void notify(Person p, String name, String link) {
        centre.send(new Notification(p.id(), "core.cabinet.welcome", List.of(name), link));
    }

    private static WebClient loggedIn(Person p) {
        WebClient browser = server.client();
        assertEquals(303, browser.login(p.iin()).status());
        return browser;
    }

    private static long onlyNotificationOf(Person p) {
        List<StoredNotification> all = centre.page(p.id(), 1, 20);
        assertEquals(1, all.size());
        return all.get(0).id();
    }

    @Test
    void notificationIsShownInTheRecipientsLanguage() {
        Person russian = person("ru");
        Person kazakh = person("kk");
        notify(russian, "Данияр", null);
        notify(kazakh, "Данияр", null);
        assertTrue(loggedIn(russian).get("/notifications").contains("Добро пожаловать, Данияр!"));
        assertTrue(loggedIn(kazakh).get("/notifications").contains("Қош келдіңіз, Данияр!"));
    }

    @Test
    void theListShowsOnlyTheViewersOwnNotifications() {
        Person me = person("en");
        Person someoneElse = person("en");
        notify(me, "Mine", null);
        notify(someoneElse, "Theirs", null);
        WebClient.Page page = loggedIn(me).get("/notifications");
        assertEquals(200, page.status());
        assertTrue(page.contains("Welcome, Mine!"));
        assertFalse(page.contains("Theirs"));
    }

    @Test
    void newestComeFirstAndOlderOnesAreOnTheNextPage() {
        Person me = person("en");
        for (int i = 1; i <= NotificationResource.PAGE_SIZE + 1; i++) {
            notify(me, String.format("No%02d", i), null);
            server.clock().advance(Duration.ofMinutes(1));
        }
        WebClient browser = loggedIn(me);
        WebClient.Page first = browser.get("/notifications");
        assertTrue(first.body().indexOf("No21") < first.body().indexOf("No20"), "newest first");
        assertFalse(first.contains("No01"));
        assertTrue(first.contains("/notifications?page=2"));
        WebClient.Page second = browser.get("/notifications?page=2");
        assertTrue(second.contains("No01"));
        assertFalse(second.contains("No21"));
    }

    @Test
    void unreadNotificationsAreHighlightedUntilMarkedRead() {
        Person me = person("en");
        notify(me, "Highlight", null);
        long id = onlyNotificationOf(me);
        WebClient browser = loggedIn(me);
        assertTrue(browser.get("/notifications").contains("notification unread"));
        assertEquals(303, browser.post("/notifications/" + id + "/read", Map.of()).status());
        WebClient.Page after = browser.get("/notifications");
        assertTrue(after.contains("Welcome, Highlight!"));
        assertFalse(after.contains("notification unread"));
    }

    @Test
    void markAllReadClearsTheUnreadCount() {
        Person me = person("en");
        notify(me, "One", null);
        notify(me, "Two", null);
        notify(me, "Three", null);
        WebClient browser = loggedIn(me);
        assertEquals("{\"unread\":3}", browser.getJson("/api/notifications/unread").body());
        browser.get("/notifications");
        assertEquals(303, browser.post("/notifications/read-all", Map.of()).status());
        assertEquals("{\"unread\":0}", browser.getJson("/api/notifications/unread").body());
        assertEquals(0, centre.unread(me.id()));
    }

    @Test
    void theHeaderBadgeCountsUnreadNotifications() {
        Person me = person("en");
        notify(me, "Badge", null);
        notify(me, "Badge", null);
        String page = loggedIn(me).get("/").body();
        assertTrue(page.contains("<span class=\"badge\" data-unread>2</span>"), page);
        assertTrue(page.contains("aria-label=\"Notifications, 2 unread\""), "the bell is named with its count");
    }

    @Test
    void theCabinetShowsTheNewestUnreadNotificationsAndTheirCount() {
        Person me = person("en");
        for (String name : List.of("First", "Second", "Third", "Fourth")) {
            notify(me, name, "/attendance-qr/check-in/mine");
        }
        String cabinet = loggedIn(me).get("/").body();
        assertTrue(cabinet.contains("Unread notifications: 4"), cabinet);
        assertTrue(cabinet.contains("Welcome, Fourth!") && cabinet.contains("Welcome, Second!"), "the newest three");
        assertFalse(cabinet.contains("Welcome, First!"), "no more than three");
        assertTrue(cabinet.contains("href=\"/attendance-qr/check-in/mine\""), "each with its link");

        Person quiet = person("en");
        assertFalse(loggedIn(quiet).get("/").body().contains("data-cabinet-unread"), "nothing unread, no block");
    }

    @Test
    void aUserCannotMarkSomeoneElsesNotificationRead() {
        Person owner = person("en");
        Person intruder = person("en");
        notify(owner, "Private", null);
        long id = onlyNotificationOf(owner);
        WebClient browser = loggedIn(intruder);
        browser.get("/notifications");
        assertEquals(404, browser.post("/notifications/" + id + "/read", Map.of()).status());
        assertEquals(0, centre.markAllRead(intruder.id()));
        assertEquals(1, centre.unread(owner.id()));
        assertFalse(centre.markRead(intruder.id(), id));
        assertEquals(1, centre.unread(owner.id()));
    }

    @Test
    void markingReadWithoutTheCsrfTokenChangesNothing() {
        Person me = person("en");
        notify(me, "Forged", null);
        long id = onlyNotificationOf(me);
        WebClient browser = loggedIn(me);
        assertEquals(403, browser.postRaw("/notifications/" + id + "/read", Map.of()).status());
        assertEquals(403, browser.postRaw("/notifications/read-all", Map.of()).status());
        assertEquals(1, centre.unread(me.id()));
    }

    @Test
    void theUnreadCountNeedsALogin() {
        WebClient.Page page = server.client().getJson("/api/notifications/unread");
        assertEquals(401, page.status());
        assertFalse(page.contains("unread\":"));
    }

    @Test
    void onlyLinksInsideTheSiteAreShown() {
        Person me = person("en");
        notify(me, "Inside", "/journal/7");
        notify(me, "Outside", "javascript:alert(1)");
        notify(me, "Elsewhere", "//evil.example/phish");
        WebClient.Page page = loggedIn(me).get("/notifications");
        assertTrue(page.contains("href=\"/journal/7\""));
        assertFalse(page.contains("javascript:alert"));
        assertFalse(page.contains("evil.example"));
    }
}
