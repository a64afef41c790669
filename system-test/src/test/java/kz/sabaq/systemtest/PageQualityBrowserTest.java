package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main pages of a student, a teacher and an administrator at a phone's (390 px) and a laptop's
 * (1366 px) width: axe-core finds no serious or critical violation and {@link PageCheck}'s layout
 * facts hold, in Kazakh; the Russian pages keep the layout facts. Each page is photographed, the
 * set that docs/screenshots shows ({@code ./sabaq screenshots}).
 */
class PageQualityBrowserTest {
    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1366, 768);

    static FormCollege college;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        college = new FormCollege();
        browser = Chromium.open(DESKTOP);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        college.close();
    }

    @Test
    void aStudentsPagesPassTheScanAtBothWidths() throws IOException {
        tour("student", college.studentIin, List.of(
                new Stop("cabinet", "/"),
                new Stop("attend", "/attendance-qr/check-in"),
                new Stop("my-attendance", "/attendance-qr/check-in/mine"),
                new Stop("my-exams", "/online-attestation/mine"),
                new Stop("exam", college.sitting(college.waiting)),
                new Stop("notifications", "/notifications")));
    }

    @Test
    void aTeachersPagesPassTheScanAtBothWidths() throws IOException {
        tour("teacher", college.teacherIin, List.of(
                new Stop("journals", "/journal"),
                new Stop("journal", "/journal/" + college.stream),
                new Stop("sessions", "/attendance-qr"),
                new Stop("session", "/attendance-qr/sessions/" + college.session),
                new Stop("weekly-report", "/attendance-qr/streams/" + college.stream + "/report"),
                new Stop("exam-streams", "/online-attestation"),
                new Stop("exam-stream", "/online-attestation/streams/" + college.stream),
                new Stop("tickets", "/online-attestation/streams/" + college.stream + "/tickets")));
    }

    @Test
    void anAdministratorsPagesPassTheScanAtBothWidths() throws IOException {
        tour("admin", college.adminIin, List.of(
                new Stop("users", "/admin/users"),
                new Stop("user-new", "/admin/users/new"),
                new Stop("roles", "/admin/roles"),
                new Stop("role-editor", "/admin/roles/" + college.one("SELECT id FROM role WHERE code = 'teacher'")),
                new Stop("plugins", "/admin/plugins"),
                new Stop("audit", "/admin/audit"),
                new Stop("academic", "/academic"),
                new Stop("exam-settings", "/online-attestation/settings")));
    }

    /** The app shell on a phone: the menu button is a disclosure, the current module is marked, the bell names its count. */
    @Test
    void onAPhoneTheMenuButtonOpensTheNavigationAndTheBellSaysHowManyAreUnread() {
        browser.manage().window().setSize(PHONE);
        SignIn.as(browser, college.server, college.studentIin);
        choose("kk");
        college.server.app().notifications().send(new kz.sabaq.api.notify.Notification(
                college.waiting, "core.cabinet.welcome", List.of("Айжан"), null));
        browser.get(college.server.url("/attendance-qr/check-in/mine"));
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        WebElement menu = browser.findElement(By.id("main-menu"));
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(menu.isDisplayed(), "folded behind the button");
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement current = menu.findElement(By.cssSelector("a[aria-current=page]"));
        assertEquals("/attendance-qr/check-in/mine", current.getAttribute("pathname"), "the longest matching entry is the current one");
        assertEquals(1, menu.findElements(By.cssSelector("a[aria-current]")).size());
        current.sendKeys(Keys.ESCAPE);
        assertFalse(menu.isDisplayed(), "Escape folds it again");
        assertEquals(toggle, browser.switchTo().activeElement(), "and gives the focus back to the button");

        String bell = browser.findElement(By.cssSelector(".bell")).getAttribute("aria-label");
        assertTrue(bell.matches("Хабарламалар, оқылмағаны: [1-9]\\d*"), bell);
    }

    /** On a phone the stream list's filters fold into a panel and its rows become cards; the journal's grid scrolls with a hint. */
    @Test
    void onAPhoneTablesBecomeCardsFiltersFoldAndTheJournalGridScrollsWithAHint() {
        browser.manage().window().setSize(PHONE);
        SignIn.as(browser, college.server, college.teacherIin);
        choose("kk");
        browser.get(college.server.url("/online-attestation"));
        WebElement panel = browser.findElement(By.cssSelector("details.filter-panel"));
        assertEquals("false", panel.getDomProperty("open"), "folded on a phone");
        assertEquals("Сүзгілер", panel.findElement(By.tagName("summary")).getText());
        WebElement cell = browser.findElement(By.cssSelector("table.cards tbody td[data-label]"));
        assertEquals("grid", cell.getCssValue("display"), "a cell of a card shows its column's name beside its value");

        browser.get(college.server.url("/journal/" + college.stream));
        WebElement grid = browser.findElement(By.cssSelector(".table-wrap[data-scroll]"));
        assertEquals("region", grid.getAttribute("role"));
        assertEquals("0", grid.getAttribute("tabindex"), "reachable by keyboard");
        assertTrue(grid.getAttribute("aria-label").startsWith("Пән "), grid.getAttribute("aria-label"));
        assertTrue(browser.findElement(By.cssSelector(".scroll-hint")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("table.grid td input:not([type=hidden])"))
                .getAttribute("aria-label").startsWith("Ахметова Айжан, "), "a grade cell is named by its student and column");

        browser.manage().window().setSize(DESKTOP);
        browser.get(college.server.url("/online-attestation"));
        assertEquals("true", browser.findElement(By.cssSelector("details.filter-panel")).getDomProperty("open"));
    }

    /** Cancelling a confirmation leaves the form's button usable: the shared submit handler respects defaultPrevented. */
    @Test
    void aCancelledConfirmationLeavesTheButtonEnabled() {
        browser.manage().window().setSize(DESKTOP);
        SignIn.as(browser, college.server, college.teacherIin);
        browser.get(college.server.url("/online-attestation/streams/" + college.stream));
        WebElement delete = browser.findElement(By.cssSelector("[data-action=delete-slot]"));
        delete.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).dismiss();
        // The shared handler acts in a task queued during the submit event: let the page run it first.
        ((JavascriptExecutor) browser).executeAsyncScript("setTimeout(arguments[arguments.length - 1], 0);");
        assertTrue(delete.isEnabled(), "still usable after the cancelled confirmation");
        assertTrue(browser.getCurrentUrl().endsWith("/online-attestation/streams/" + college.stream), "nothing was sent");
    }

    /** A page of the tour: a short name for its screenshot and its address. */
    record Stop(String name, String path) {
    }

    private void tour(String role, String iin, List<Stop> stops) throws IOException {
        List<String> problems = new ArrayList<>();
        browser.manage().window().setSize(DESKTOP);
        SignIn.as(browser, college.server, iin);
        for (String lang : List.of("kk", "ru")) {
            choose(lang);
            for (Dimension size : List.of(PHONE, DESKTOP)) {
                browser.manage().window().setSize(size);
                for (Stop stop : stops) {
                    browser.get(college.server.url(stop.path()));
                    assertTrue(browser.findElements(By.cssSelector("main h1")).size() > 0, stop.path() + " has a heading");
                    problems.addAll(PageCheck.problems(browser, lang, lang.equals("kk")));
                    // The docs show Russian on the phone only: the laptop's Russian pages look like the Kazakh ones.
                    if (!PageCheck.forDocs() || lang.equals("kk") || size.equals(PHONE)) {
                        PageCheck.screenshot(browser, role + "-" + stop.name() + "-" + lang + "-" + size.width);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void choose(String lang) {
        SignIn.language(browser, college.server, lang);
    }
}
