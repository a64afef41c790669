package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.core.auth.SessionStore;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person with a phone: Debian's Chromium, headless, driving the real server. */
class BrowserTest {
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = AllPlugins.server().start();
        browser = Chromium.open(Chromium.PHONE);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        server.close();
    }

    /** One browser for the class (starting Chromium costs seconds); each test begins as a new visitor. */
    @BeforeEach
    void forgetThePreviousVisitor() {
        browser.get(server.url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aStudentLogsInOnAPhoneWithTheKeyboardAndSwitchesToRussianOnTheSamePage() throws IOException {
        String iin = Iins.next();
        server.user(iin, "Жұмабаева", "Әсел", StandardRoles.STUDENT);
        browser.get(server.url("/password"));
        wait(ExpectedConditions.urlContains("/login"));
        assertEquals("Жүйеге кіру", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("iin")).sendKeys(iin, Keys.TAB);
        browser.switchTo().activeElement().sendKeys(TestServer.PASSWORD, Keys.ENTER);
        wait(ExpectedConditions.urlContains("/password"));
        assertEquals("Құпиясөзді өзгерту", browser.findElement(By.tagName("h1")).getText(), "brought back to the page asked for");
        screenshot("password-kk");

        browser.findElement(By.cssSelector("form.lang button[value=ru]")).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Смена пароля"));
        assertTrue(browser.getCurrentUrl().endsWith("/password"), "same page after switching: " + browser.getCurrentUrl());

        browser.get(server.url("/"));
        assertEquals("Личный кабинет", browser.findElement(By.tagName("h1")).getText(), "the choice is remembered");
        screenshot("cabinet-ru");
    }

    @Test
    void pagesFitAPhoneScreenWithoutSidewaysScrolling() {
        String iin = Iins.next();
        server.user(iin, "Админ", "Телефон", StandardRoles.ADMINISTRATOR);
        browser.get(server.url("/login"));
        assertFitsWidth();
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD, Keys.ENTER);
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tiles")));
        assertFitsWidth();
        var toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        assertTrue(toggle.isDisplayed(), "the menu folds behind a button on a phone");
        toggle.click();
        assertTrue(browser.findElement(By.cssSelector("#main-menu a[href='/admin/plugins']")).isDisplayed());
        browser.get(server.url("/admin/plugins"));
        assertFitsWidth();
    }

    /** The address `./sabaq run` prints, opened by someone who has never logged in. */
    @Test
    void aNewVisitorAtTheFrontDoorIsAskedToLogInAndLandsInTheCabinet() {
        String iin = Iins.next();
        server.user(iin, "Оспанов", "Ерлан", StandardRoles.STUDENT);
        browser.get(server.url("/"));
        wait(ExpectedConditions.urlContains("/login"));
        assertEquals("Жүйеге кіру", browser.findElement(By.tagName("h1")).getText());

        SignIn.fillIn(browser, iin);
        wait(ExpectedConditions.urlToBe(server.url("/")));
        assertEquals("Жеке кабинет", browser.findElement(By.tagName("h1")).getText());
    }

    /** A bookmark opened without a session, and again after the session ended, leads through the login to itself. */
    @Test
    void aDeepLinkLeadsThroughTheLoginToThePageAskedForAlsoAfterTheSessionEnded() {
        String iin = Iins.next();
        server.user(iin, "Оспанова", "Дина", StandardRoles.STUDENT);
        throughTheLoginTo("/notifications?page=1", iin);

        server.clock().advance(SessionStore.LIFETIME.plusMinutes(1));
        throughTheLoginTo("/notifications?page=1", iin);
        assertTrue(browser.findElements(By.id("iin")).isEmpty(), "on the page itself, not the login form");
    }

    private void throughTheLoginTo(String bookmark, String iin) {
        browser.get(server.url(bookmark));
        wait(ExpectedConditions.urlContains("/login"));
        SignIn.fillIn(browser, iin);
        wait(ExpectedConditions.urlToBe(server.url(bookmark)));
    }

    /** The header's badge, by sabaq.js's own request: a new notification is counted when the user is back on the tab. */
    @Test
    void theBellCountsANewNotificationWithoutAReload() {
        String iin = Iins.next();
        long user = server.user(iin, "Қасымова", "Әлия", StandardRoles.STUDENT);
        browser.get(server.url("/login"));
        SignIn.fillIn(browser, iin);
        assertTrue(browser.findElements(By.cssSelector(".bell [data-unread]")).isEmpty(), "nothing unread yet");

        server.app().notifications().send(new Notification(user, "core.cabinet.welcome", List.of("Әлия"), null));
        ((JavascriptExecutor) browser).executeScript("document.dispatchEvent(new Event('visibilitychange'));");

        wait(ExpectedConditions.textToBe(By.cssSelector(".bell [data-unread]"), "1"));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndTakesTheFocusToItsSummary() throws IOException {
        String iin = Iins.next();
        server.user(iin, "Админ", "Пішін", StandardRoles.ADMINISTRATOR);
        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD, Keys.ENTER);
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tiles")));
        browser.get(server.url("/admin/users/new"));
        browser.findElement(By.id("iin")).sendKeys("800101300007");
        browser.findElement(By.id("surname")).sendKeys("Нұрланова");
        browser.findElement(By.id("firstName")).sendKeys("Дана", Keys.ENTER);

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-form-error]")));
        assertEquals("form-error", browser.switchTo().activeElement().getAttribute("id"), "the summary has the focus");
        assertEquals("Нұрланова", browser.findElement(By.id("surname")).getAttribute("value"));
        assertEquals("800101300007", browser.findElement(By.id("iin")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("iin")).getAttribute("aria-invalid"));
        assertEquals("iin-error", browser.findElement(By.id("iin")).getAttribute("aria-describedby"));
        assertTrue(browser.findElement(By.id("iin-error")).getText().contains("бақылау цифры"));
        assertFitsWidth();
        screenshot("refused-form-kk");
    }

    private void assertFitsWidth() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, browser.getCurrentUrl() + " overflows by " + overflow + "px");
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
