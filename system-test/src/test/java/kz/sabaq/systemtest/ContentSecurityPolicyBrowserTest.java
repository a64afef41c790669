package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The content security policy admits only the site's own scripts and styles: the key pages, with
 * their scripts running, leave no violation in Chromium's console.
 */
class ContentSecurityPolicyBrowserTest {
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

    private void logIn(String iin) {
        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Opens each page, waits until it has loaded, and gathers what the console says about the policy. */
    private List<String> violations(String... paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            browser.get(server.url(path));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to")) {
                    found.add(path + ": " + entry.getMessage());
                }
            }
        }
        return found;
    }

    @Test
    void anInlineScriptIsRefusedAndTheRefusalIsSeenInTheConsole() {
        assertEquals(List.of(), violations("/login"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                        + " document.body.appendChild(s);");
        assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.injected;"),
                "the policy refused the inline script");
        List<String> seen = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER).forEach(e -> seen.add(e.getMessage()));
        assertTrue(seen.stream().anyMatch(m -> m.contains("Content Security Policy")), "the check can see: " + seen);
    }

    @Test
    void theLoginAndTheAdministratorsPagesRunWithoutAViolation() {
        assertEquals(List.of(), violations("/login"));
        String admin = Iins.next();
        long adminId = server.user(admin, "Әкімов", "Бақыт", StandardRoles.ADMINISTRATOR);
        logIn(admin);
        assertEquals(List.of(), violations("/", "/admin/users", "/admin/users/" + adminId, "/admin/roles",
                "/admin/roles/1", "/admin/plugins", "/admin/plugins/attendance-qr", "/admin/audit", "/academic",
                "/academic/department/import", "/announcements", "/journal", "/password"));
    }

    @Test
    void theTrainersLiveSessionScreenRunsWithoutAViolation() {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("CSP-1");
        long session = academic.session(academic.stream(teacher, group), null,
                LocalDateTime.parse("2026-09-14T13:10"), LocalDateTime.parse("2026-09-14T14:00"));
        logIn(teacherIin);
        List<String> found = violations("/attendance-qr/sessions/" + session);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("att-qr-image")));
        assertTrue(browser.findElement(By.id("att-qr-image")).isDisplayed());
        assertEquals(List.of(), found);
    }
}
