package kz.sabaq.systemtest;

import java.time.Duration;
import kz.sabaq.core.testing.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a browser in through the login page, as a person does; a browser reused by another test forgets its user first. */
final class SignIn {

    static void as(WebDriver browser, TestServer server, String iin) {
        browser.get(server.url("/login"));
        browser.manage().deleteAllCookies();
        browser.get(server.url("/login"));
        fillIn(browser, iin);
    }

    /** Fills in and sends the login form the browser shows. */
    static void fillIn(WebDriver browser, String iin) {
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Switches the signed-in browser's language with the switcher on the start page, as a person
     * does, and waits for the page in that language. The wait reads the new page's {@code html}
     * element: one read may meet the old page as it is replaced, so a stale element means "not yet".
     */
    static void language(WebDriver browser, TestServer server, String lang) {
        browser.get(server.url("/"));
        browser.findElement(By.cssSelector("form.lang button[value=" + lang + "]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    private SignIn() {
    }
}
