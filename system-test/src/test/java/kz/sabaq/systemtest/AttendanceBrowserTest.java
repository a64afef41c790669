package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trainer's screen in a real browser: the QR code is shown and the list follows each scan live. */
class AttendanceBrowserTest {
    private static final Pattern LINK = Pattern.compile("\"link\":\"([^\"]+)\"");
    static TestServer server;
    WebDriver browser;

    @BeforeAll
    static void start() {
        server = AllPlugins.server().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.open(Chromium.LAPTOP);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theTrainersListShowsANewCheckInWithoutAReload() throws IOException {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ИС-21-1");
        String listenerIin = Iins.next();
        academic.student(listenerIin, "Ахметова", "Айжан", group);
        long session = academic.session(academic.stream(teacher, group), null,
                LocalDateTime.parse("2026-09-14T13:10"), LocalDateTime.parse("2026-09-14T14:00"));
        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(teacherIin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(server.url("/attendance/sessions/" + session));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("att-qr-image")));
        assertTrue((Boolean) ((JavascriptExecutor) browser)
                .executeScript("const i = document.getElementById('att-qr-image'); return i.complete && i.naturalWidth >= 600;"),
                "the QR image loaded");

        WebClient trainerApi = server.client();
        trainerApi.login(teacherIin);
        String code = trainerApi.getJson("/attendance/sessions/" + session + "/code/in").body();
        Matcher link = LINK.matcher(code);
        assertTrue(link.find(), code);
        WebClient phone = server.client();
        phone.login(listenerIin);
        assertEquals(200, phone.get(URI.create(link.group(1)).getRawPath()).status());

        wait(ExpectedConditions.textToBe(By.cssSelector("[data-count=onTime]"), "1"));
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
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ИС-21-2");
        String listenerIin = Iins.next();
        academic.student(listenerIin, "Бекова", "Дана", group);
        long session = academic.session(academic.stream(teacher, group), null,
                LocalDateTime.parse("2026-09-14T13:10"), LocalDateTime.parse("2026-09-14T14:00"));
        WebClient trainerApi = server.client();
        trainerApi.login(teacherIin);
        Matcher link = LINK.matcher(trainerApi.getJson("/attendance/sessions/" + session + "/code/in").body());
        assertTrue(link.find());
        browser.manage().window().setSize(Chromium.PHONE);

        browser.get(server.url(URI.create(link.group(1)).getRawPath()));
        wait(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("iin")).sendKeys(listenerIin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.id("att-status")));
        assertEquals("уақытында", browser.findElement(By.id("att-status")).getText());
        assertEquals("Келу", browser.findElement(By.tagName("h1")).getText());
        screenshot("attendance-result-phone");
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
