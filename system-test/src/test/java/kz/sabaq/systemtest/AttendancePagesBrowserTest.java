package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trainer's attendance pages in Chromium at phone (390) and laptop (1366) width, in Kazakh and
 * Russian: the week of sessions with the class going on now marked, and a session's page in its three
 * states (the code with the live counts beside it on a wide screen, "not open yet", "closed" with
 * "mark all remaining"). Each state passes the page checks (axe-core, no sideways scroll, labelled
 * controls, lang), and "mark all remaining" asks once before it marks.
 * The day is Monday 14 September 2026, 13:30 in Almaty.
 */
class AttendancePagesBrowserTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final LocalDateTime DAY = LocalDateTime.parse("2026-09-14T00:00");
    private static final Pattern LINK = Pattern.compile("\"link\":\"([^\"]+)\"");
    private static final Dimension WIDE = new Dimension(1366, 768);

    record Classes(String teacherIin, long now, long later, long earlier) {
    }

    @Test
    void theTrainersWeekAndSessionStatesFitAPhoneAndALaptopInKazakhAndRussian() throws Exception {
        try (TestServer server = AllPlugins.server().start()) {
            Classes classes = classes(server);
            WebDriver browser = Chromium.open(Chromium.LAPTOP);
            try {
                List<String> problems = new ArrayList<>();
                for (String lang : List.of("kk", "ru")) {
                    SignIn.as(browser, server, classes.teacherIin());
                    browser.manage().window().setSize(WIDE);
                    SignIn.language(browser, server, lang);
                    for (Dimension size : List.of(Chromium.PHONE, WIDE)) {
                        browser.manage().window().setSize(size);
                        String at = lang + "-" + size.getWidth();
                        problems.addAll(week(browser, server, lang, at));
                        problems.addAll(open(browser, server, classes.now(), lang, at, size == WIDE));
                        problems.addAll(banner(browser, server, classes.later(), "notOpen", List.of("14:55", "16:00"), lang,
                                "attendance-not-open-" + at));
                        problems.addAll(banner(browser, server, classes.earlier(), "closed", List.of("07:45", "08:50"), lang,
                                "attendance-closed-" + at));
                    }
                }
                assertEquals(List.of(), problems, String.join("\n", problems));
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void markAllRemainingAsksOnceAndACancelChangesNothing() throws Exception {
        try (TestServer server = AllPlugins.server().start()) {
            Classes classes = classes(server);
            WebDriver browser = Chromium.open(Chromium.LAPTOP);
            try {
                SignIn.as(browser, server, classes.teacherIin());
                browser.get(server.url("/attendance-qr/sessions/" + classes.earlier() + "?phase=in"));
                WebElement absent = browser.findElement(By.cssSelector(".att-remaining button[value=absent]"));
                assertEquals("6", count(browser, "notYet"));

                absent.click();
                wait(browser).until(ExpectedConditions.alertIsPresent()).dismiss();
                assertEquals("6", count(browser, "notYet"), "cancelled: nothing marked");
                assertTrue(absent.isEnabled(), "and the button still works");

                absent.click();
                wait(browser).until(ExpectedConditions.alertIsPresent()).accept();
                wait(browser).until(ExpectedConditions.textToBe(By.cssSelector("[data-count=absent]"), "6"));
                assertEquals("0", count(browser, "notYet"));
                assertTrue(browser.findElements(By.cssSelector(".att-remaining")).isEmpty(), "nobody is left to mark");
            } finally {
                browser.quit();
            }
        }
    }

    /** The week: grouped by day, the class going on now marked by a label, not by colour alone. */
    private static List<String> week(WebDriver browser, TestServer server, String lang, String at) throws Exception {
        browser.get(server.url("/attendance-qr"));
        WebElement now = browser.findElement(By.cssSelector("a.att-now"));
        assertEquals("time", now.getAttribute("aria-current"));
        assertTrue(now.getText().contains(lang.equals("kk") ? "қазір" : "сейчас"), now.getText());
        assertEquals(1, browser.findElements(By.cssSelector("a.att-now")).size());
        assertEquals(2, browser.findElements(By.cssSelector(".att-day")).size(), "Monday and Wednesday");
        assertTrue(browser.findElement(By.id("att-week")).getText().contains("14.09.2026"));
        PageCheck.screenshot(browser, "attendance-week-" + at);
        return PageCheck.problems(browser, lang, true);
    }

    /** Marking open: the code and the counts side by side on a wide screen, one under the other on a phone. */
    private static List<String> open(WebDriver browser, TestServer server, long session, String lang, String at,
                                     boolean wide) throws Exception {
        browser.get(server.url("/attendance-qr/sessions/" + session + "?phase=in"));
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("att-qr-image")));
        assertEquals("2", count(browser, "present"));
        assertEquals("1", count(browser, "late"));
        assertEquals("3", count(browser, "notYet"));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                const q = document.getElementById('att-qr').getBoundingClientRect();
                const c = document.querySelector('.att-counts').getBoundingClientRect();
                return {qrRight: q.right, qrBottom: q.bottom, qrTop: q.top, countsLeft: c.left, countsTop: c.top,
                        countsBottom: c.bottom, height: window.innerHeight};""");
        if (wide) {
            assertTrue(box.get("countsLeft").doubleValue() >= box.get("qrRight").doubleValue(),
                    "the counts stand beside the code: " + box);
            assertTrue(box.get("countsBottom").doubleValue() <= box.get("height").doubleValue(),
                    "the counts are on the first screen: " + box);
        } else {
            assertTrue(box.get("countsTop").doubleValue() >= box.get("qrBottom").doubleValue(),
                    "on a phone the roster comes under the code: " + box);
        }
        PageCheck.screenshot(browser, "attendance-session-" + at);
        return PageCheck.problems(browser, lang, true);
    }

    /** Instead of a code: the window's times; once it has closed, the offer to mark everyone still without a mark. */
    private static List<String> banner(WebDriver browser, TestServer server, long session, String state,
                                       List<String> times, String lang, String name) throws Exception {
        browser.get(server.url("/attendance-qr/sessions/" + session + "?phase=in"));
        WebElement banner = browser.findElement(By.cssSelector("[data-att-banner=" + state + "]"));
        assertTrue(banner.isDisplayed());
        assertTrue(browser.findElements(By.id("att-qr-image")).isEmpty(), "no code that would be refused");
        times.forEach(t -> assertTrue(banner.getText().contains(t), "the banner tells " + t + ": " + banner.getText()));
        assertEquals(state.equals("closed"), !browser.findElements(By.cssSelector(".att-remaining button")).isEmpty(),
                "all remaining are offered to be marked once marking has closed, not before it opened");
        PageCheck.screenshot(browser, name);
        return PageCheck.problems(browser, lang, true);
    }

    /**
     * A trainer's Monday: a class going on now (two on time and one late of six listeners), one later
     * and one earlier that day, and one on Wednesday.
     */
    private static Classes classes(TestServer server) {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ИС-21-7");
        List<String> listeners = new ArrayList<>();
        for (String surname : List.of("Ахметова", "Бекова", "Жанова", "Ержанова", "Зейнолла", "Қасымова")) {
            String iin = Iins.next();
            academic.student(iin, surname, "Айжан", group);
            listeners.add(iin);
        }
        long stream = academic.stream(teacher, group);
        long now = academic.session(stream, null, at("13:10"), at("14:00"));
        long later = academic.session(stream, null, at("15:10"), at("16:00"));
        long earlier = academic.session(stream, null, at("08:00"), at("08:50"));
        academic.session(stream, null, at("10:10").plusDays(2), at("11:00").plusDays(2));
        WebClient trainer = server.client();
        trainer.login(teacherIin);
        setClock(server, "13:05");
        scan(server, trainer, now, listeners.get(0));
        scan(server, trainer, now, listeners.get(1));
        setClock(server, "13:20");
        scan(server, trainer, now, listeners.get(2));
        setClock(server, "13:30");
        return new Classes(teacherIin, now, later, earlier);
    }

    private static void scan(TestServer server, WebClient trainer, long session, String listenerIin) {
        Matcher link = LINK.matcher(trainer.getJson("/attendance-qr/sessions/" + session + "/code/in").body());
        assertTrue(link.find());
        WebClient phone = server.client();
        phone.login(listenerIin);
        assertEquals(200, phone.get(URI.create(link.group(1)).getRawPath()).status());
    }

    private static LocalDateTime at(String localTime) {
        return DAY.with(LocalTime.parse(localTime));
    }

    private static void setClock(TestServer server, String localTime) {
        server.clock().set(at(localTime).atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    private static String count(WebDriver browser, String name) {
        return browser.findElement(By.cssSelector("[data-count=" + name + "]")).getText();
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
