package kz.sabaq.systemtest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, with a fresh profile and the network quiet (this
 * machine reaches no outside host). Test tools never download a browser of their own.
 */
final class Chromium {
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension LAPTOP = new Dimension(1280, 900);

    static WebDriver open(Dimension window) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // Keep the console, where Chromium reports what the content security policy refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(window);
        return browser;
    }

    private Chromium() {
    }
}
