package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
        browser = Chromium.open(Chromium.PHONE);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
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
