package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trainer's screen in a real browser: the QR code is shown and the list follows each scan live. */
class AttendanceBrowserTest {
    private static final Pattern LINK = Pattern.compile("\"link\":\"([^\"]+)\"");
    static TestServer server;
    static WebDriver browser;

    /** A trainer's stream and one of its sessions today, with a listener of the group. */
    record Lesson(String teacherIin, String listenerIin, long session) {
    }

    @BeforeAll
    static void start() throws IOException {
        server = AllPlugins.server().start();
        browser = Chromium.open(Chromium.LAPTOP);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        server.close();
    }

    /** One browser for the class (starting Chromium costs seconds); each test begins as a new visitor on a laptop. */
    @BeforeEach
    void forgetThePreviousVisitor() {
        browser.manage().window().setSize(Chromium.LAPTOP);
        browser.get(server.url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void theTrainersListShowsANewCheckInWithoutAReload() throws IOException {
        Lesson lesson = lesson("ИС-21-1", "Ахметова");
        SignIn.as(browser, server, lesson.teacherIin());
        browser.get(server.url("/attendance-qr/sessions/" + lesson.session()));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("att-qr-image")));
        assertTrue((Boolean) ((JavascriptExecutor) browser)
                .executeScript("const i = document.getElementById('att-qr-image'); return i.complete && i.naturalWidth >= 600;"),
                "the QR image loaded");

        WebClient phone = server.client();
        phone.login(lesson.listenerIin());
        assertEquals(200, phone.get(checkInPath(lesson)).status());

        wait(ExpectedConditions.textToBe(By.cssSelector("[data-count=present]"), "1"));
        assertTrue(browser.findElement(By.id("roster")).getText().contains("Ахметова Айжан"));
        assertEquals("ИС-21-1 nowrap", ((JavascriptExecutor) browser).executeScript(
                "const c = document.querySelector('#roster .group-code');"
                        + " return c.textContent + ' ' + getComputedStyle(c).whiteSpace;"),
                "a group code never breaks across lines");
        screenshot("attendance-session");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('roster').scrollIntoView()");
        screenshot("attendance-roster");
    }

    @Test
    void aListenerWhoScansBeforeLoggingInIsMarkedRightAfterTheLoginOnThePhone() throws IOException {
        Lesson lesson = lesson("ИС-21-2", "Бекова");
        browser.manage().window().setSize(Chromium.PHONE);

        browser.get(server.url(checkInPath(lesson)));
        wait(ExpectedConditions.urlContains("/login"));
        assertTrue(browser.findElement(By.cssSelector("[data-login-notice]")).getText()
                .contains("келуіңіз сканерлеген уақытпен белгіленеді"), "the login page says the mark follows");
        SignIn.fillIn(browser, lesson.listenerIin());

        wait(ExpectedConditions.visibilityOfElementLocated(By.id("att-status")));
        assertEquals("уақытында", browser.findElement(By.id("att-status")).getText());
        assertEquals("Келу", browser.findElement(By.tagName("h1")).getText());
        screenshot("attendance-result-phone");
    }

    /** session.js asks for the code again when the server's rotation says so; the screen follows the server's clock. */
    @Test
    void theTrainersScreenShowsTheNextCodeWhenTheServersClockMovesOn() {
        Lesson lesson = lesson("ИС-21-3", "Жұмабаева");
        WebClient trainerApi = server.client();
        trainerApi.login(lesson.teacherIin());
        Matcher refresh = Pattern.compile("\"refreshInMs\":(\\d+)")
                .matcher(trainerApi.getJson("/attendance-qr/sessions/" + lesson.session() + "/code/in").body());
        assertTrue(refresh.find());
        // The page will ask again 300 ms after it opens; until the clock moves, it is told the same code.
        server.clock().advance(Duration.ofMillis(Long.parseLong(refresh.group(1)) - 300));
        SignIn.as(browser, server, lesson.teacherIin());
        browser.get(server.url("/attendance-qr/sessions/" + lesson.session()));
        String first = browser.findElement(By.id("att-typed")).getText();
        String firstImage = browser.findElement(By.id("att-qr-image")).getAttribute("src");

        server.clock().advance(Duration.ofSeconds(1));

        wait(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("att-typed"), first)));
        assertTrue(browser.findElement(By.id("att-typed")).getText().matches("\\d{6}"));
        assertNotEquals(firstImage, browser.findElement(By.id("att-qr-image")).getAttribute("src"), "the QR image follows");
    }

    /** position.js sends the phone's position after a mark, once; the mark keeps it. */
    @Test
    void thePhonesPositionReachesTheMark() {
        Lesson lesson = lesson("ИС-21-4", "Серікова",
                new AcademicFixture(server).room("Б-204", List.of(), 43.2389, 76.8897));
        browser.manage().window().setSize(Chromium.PHONE);
        HasCdp devtools = (HasCdp) browser;
        devtools.executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", server.url(""), "permissions", List.of("geolocation")));
        devtools.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 43.2389, "longitude", 76.8897, "accuracy", 10));
        SignIn.as(browser, server, lesson.listenerIin());

        browser.get(server.url(checkInPath(lesson)));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("att-status")));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Rows.string(server,
                "SELECT latitude FROM att_mark WHERE session_id = ?", lesson.session()) != null);
        assertEquals(76.8897, Double.parseDouble(Rows.string(server,
                "SELECT longitude FROM att_mark WHERE session_id = ?", lesson.session())), 1e-6);
    }

    private static Lesson lesson(String groupName, String listenerSurname) {
        return lesson(groupName, listenerSurname, null);
    }

    private static Lesson lesson(String groupName, String listenerSurname, Long room) {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group(groupName);
        String listenerIin = Iins.next();
        academic.student(listenerIin, listenerSurname, "Айжан", group);
        long session = academic.session(academic.stream(teacher, group), room,
                LocalDateTime.parse("2026-09-14T13:10"), LocalDateTime.parse("2026-09-14T14:00"));
        return new Lesson(teacherIin, listenerIin, session);
    }

    /** The check-in link the session's screen shows now. */
    private static String checkInPath(Lesson lesson) {
        WebClient trainerApi = server.client();
        trainerApi.login(lesson.teacherIin());
        Matcher link = LINK.matcher(trainerApi.getJson("/attendance-qr/sessions/" + lesson.session() + "/code/in").body());
        assertTrue(link.find());
        return URI.create(link.group(1)).getRawPath();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
