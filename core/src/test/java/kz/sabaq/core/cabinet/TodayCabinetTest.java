package kz.sabaq.core.cabinet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.cabinet.TodayItem.Kind;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.core.user.UserMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cabinet's "today" as modules fill it through {@code ModuleWiring.todayItems}. */
class TodayCabinetTest {
    /** 13:00 in Almaty (UTC+5), the profile's zone. */
    static final MutableClock CLOCK = MutableClock.at("2026-09-14T08:00:00");
    static final TodayTestModule MODULE = new TodayTestModule();
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(CLOCK).module(MODULE).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Person(long id, String iin) {
    }

    private static Person student() {
        String iin = Iins.next();
        long id = server.user(iin, "Жақсылықова", "Ару", StandardRoles.STUDENT);
        server.app().database().mapper(UserMapper.class).setLocale(id, "en");
        return new Person(id, iin);
    }

    private static Document cabinet(Person p) {
        WebClient browser = server.client();
        assertEquals(303, browser.login(p.iin()).status());
        WebClient.Page page = browser.get("/");
        assertEquals(200, page.status());
        return Jsoup.parse(page.body());
    }

    private static TodayItem at(Kind kind, Instant start, Duration length, String title) {
        return new TodayItem(kind, start, start.plus(length), title, null, null, null, null);
    }

    @Test
    void itemsAppearInSectionsClassesFirstEachByTimeUntimedLast() {
        Person p = student();
        MODULE.items.put(p.id(), now -> List.of(
                new TodayItem(Kind.WARNING, null, null, "Physics", null, null, null, "1 absence left"),
                at(Kind.EXAM, now.plus(Duration.ofDays(2)), Duration.ofHours(2), "History exam"),
                at(Kind.CLASS, now.plus(Duration.ofHours(2)), Duration.ofMinutes(80), "Chemistry"),
                at(Kind.CLASS, now.minus(Duration.ofMinutes(10)), Duration.ofMinutes(80), "Algebra")));
        Document page = cabinet(p);
        List<String> sections = page.select("[data-today]").eachAttr("data-today");
        assertEquals(List.of("class", "exam", "warning"), sections);
        assertEquals(List.of("Algebra", "Chemistry"),
                page.select("[data-today=class] .today-title").eachText());
        assertEquals("Needs your attention", page.selectFirst("#today-warning").text());
        assertEquals("⚠ 1 absence left", page.selectFirst("[data-today-warning]").text());
        assertNull(page.selectFirst("[data-today-quiet]"));
    }

    @Test
    void whatIsOnNowIsMarkedAndTimesAreInTheInstitutionsZone() {
        Person p = student();
        MODULE.items.put(p.id(), now -> List.of(
                at(Kind.CLASS, now.minus(Duration.ofMinutes(10)), Duration.ofMinutes(80), "Algebra"),
                at(Kind.CLASS, now.plus(Duration.ofHours(2)), Duration.ofMinutes(80), "Chemistry"),
                at(Kind.EXAM, now.plus(Duration.ofDays(2)), Duration.ofHours(2), "History exam")));
        Document page = cabinet(p);
        List<Element> classes = page.select("[data-today=class] [data-today-item]");
        assertTrue(classes.get(0).hasClass("today-now"));
        assertEquals("Now 12:50–14:10", classes.get(0).selectFirst(".today-when").text());
        assertFalse(classes.get(1).hasClass("today-now"));
        assertEquals("15:00–16:20", classes.get(1).selectFirst(".today-when").text());
        assertEquals("16 September, 13:00–15:00", page.selectFirst("[data-today=exam] [data-today-when]").text());
    }

    @Test
    void anItemsActionIsAButtonNamedWithItsTitle() {
        Person p = student();
        MODULE.items.put(p.id(), now -> List.of(new TodayItem(Kind.CLASS, now, now.plus(Duration.ofHours(1)),
                "Algebra", "Marked: on time", "/check-in", "Scan the code", null)));
        Element item = cabinet(p).selectFirst("[data-today-item]");
        Element action = item.selectFirst("a[data-today-action]");
        assertNotNull(action);
        assertEquals("/check-in", action.attr("href"));
        assertEquals("Scan the code — Algebra", action.text());
        assertEquals("Marked: on time", item.selectFirst("[data-today-state]").text());
    }

    @Test
    void nothingTodayAndNothingUnreadExplainsItself() {
        Document page = cabinet(student());
        Element quiet = page.selectFirst("[data-today-quiet]");
        assertNotNull(quiet);
        assertTrue(quiet.text().contains("no class is on now or coming up"), quiet.text());
        assertTrue(page.select("[data-today]").isEmpty());
    }

    @Test
    void aFailingModuleLeavesTheRestOfTheCabinet() {
        Person p = student();
        MODULE.items.put(p.id(), now -> List.of(at(Kind.EXAM, now.plus(Duration.ofDays(1)), Duration.ofHours(1),
                "History exam")));
        MODULE.failing = true;
        try {
            Document page = cabinet(p);
            assertEquals(List.of("History exam"), page.select(".today-title").eachText());
        } finally {
            MODULE.failing = false;
        }
    }

    @Test
    void eachPersonSeesOnlyWhatTheModulesGiveThem() {
        Person mine = student();
        Person other = student();
        MODULE.items.put(mine.id(), now -> List.of(at(Kind.CLASS, now, Duration.ofHours(1), "Mine only")));
        assertEquals(List.of("Mine only"), cabinet(mine).select(".today-title").eachText());
        assertTrue(cabinet(other).select(".today-title").isEmpty());
    }
}
