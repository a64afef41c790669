package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The student's "today" cabinet and the exam page's confirmations in Chromium against the real
 * server, at phone (390) and laptop (1366) width, in Kazakh and Russian: the class on now with its
 * button, the final controls open now, the attendance warning, the empty day that explains itself;
 * and "Send answer" and a ticket tile asking first, Cancel (or Escape) leaving everything as it was.
 * Each state passes the page checks with axe; screenshots go to target/screenshots.
 */
class TodayPagesBrowserTest {
    /** The server's clock: 13:00 in Almaty on Monday 14 September 2026. */
    private static final LocalDate DAY = LocalDate.of(2026, 9, 14);
    private static final List<Dimension> WIDTHS = List.of(Chromium.PHONE, new Dimension(1366, 768));
    private static final Map<String, String> EXAM_OPEN = Map.of("kk", "Қазір өтіп жатыр", "ru", "Идёт сейчас");
    private static final Map<String, String> WARNING = Map.of("kk", "⚠ Тағы ", "ru", "⚠ Пропусков без уважительной");
    private static final Map<String, String> QUIET = Map.of("kk", "Бүгін", "ru", "Сегодня");
    private static final Map<String, String> SEND_TITLE = Map.of("kk", "Жауапты жібересіз бе?", "ru", "Отправить ответ?");
    private static final Map<String, String> TILE_TITLE = Map.of("kk", "Осы билетті таңдайсыз ба?",
            "ru", "Выбрать этот билет?");

    static TestServer server;
    static WebDriver browser;
    static String studentIin;
    static String quietIin;
    static long student;
    static String answerPage;
    static String tilePage;

    @BeforeAll
    static void start() throws IOException {
        server = AllPlugins.server().enable("online-attestation", Map.of("distribution", "self-select"))
                .enable("attendance-qr", Map.of("absenceSharePercent", 30)).start();
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ИС-Т-1");
        studentIin = Iins.next();
        student = academic.student(studentIin, "Ахметова", "Айжан", group);
        quietIin = Iins.next();
        academic.student(quietIin, "Бекова", "Дана", academic.group("ИС-Т-2"));

        long room = academic.room("Т-101", List.of("127.0.0.0/8", "::1/128"), null, null);
        long classes = academic.stream(teacher, group);
        academic.session(classes, room, DAY.atTime(12, 50), DAY.atTime(14, 10));
        academic.session(classes, room, DAY.atTime(15, 0), DAY.atTime(16, 20));
        academic.session(classes, room, DAY.minusDays(1).atTime(13, 10), DAY.minusDays(1).atTime(14, 0));
        for (int week = 1; week <= 7; week++) {
            academic.session(classes, room, DAY.plusWeeks(week).atTime(13, 10), DAY.plusWeeks(week).atTime(14, 0));
        }

        Instant now = server.clock().instant();
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        long answered = academic.stream(teacher, group);
        attestation.exam(answered).tickets(1).create();
        attestation.ticket(answered, 1, "<p>Деректер қорын нормализациялауды түсіндіріңіз.</p>", teacher);
        long answerSlot = attestation.slot(answered, teacher).between(utc(now.minus(Duration.ofMinutes(5))),
                utc(now.plus(Duration.ofHours(2)))).create();
        attestation.sitting(answered, student, answerSlot).ticket(1, 0).questionsSent(utc(now))
                .questionsViewed(utc(now)).create();
        answerPage = "/online-attestation/streams/" + answered + "/students/" + student;

        long chosen = academic.stream(teacher, group);
        attestation.exam(chosen).tickets(3).create();
        for (int n = 1; n <= 3; n++) {
            attestation.ticket(chosen, n, "<p>Сұрақ " + n + "</p>", teacher);
        }
        long tileSlot = attestation.slot(chosen, teacher).between(utc(now.minus(Duration.ofMinutes(5))),
                utc(now.plus(Duration.ofHours(2)))).create();
        attestation.sitting(chosen, student, tileSlot).placed().create();
        tilePage = "/online-attestation/streams/" + chosen + "/students/" + student;
        browser = Chromium.open(Chromium.LAPTOP);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        server.close();
    }

    @Test
    void theCabinetShowsTodayAtBothWidthsInKazakhAndRussian() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            signIn(studentIin, lang);
            for (Dimension size : WIDTHS) {
                browser.manage().window().setSize(size);
                browser.get(server.url("/"));
                WebElement now = browser.findElement(By.cssSelector("[data-today=class] [data-today-item]"));
                assertTrue(now.getAttribute("class").contains("today-now"), "the class on now comes first, marked");
                WebElement scan = now.findElement(By.cssSelector("a[data-today-action]"));
                assertTrue(scan.isDisplayed());
                assertEquals(server.url("/attendance-qr/check-in"), scan.getAttribute("href"));
                assertEquals(2, browser.findElements(By.cssSelector("[data-today=class] [data-today-item]")).size(),
                        "now and next");
                List<WebElement> exams = browser.findElements(By.cssSelector("[data-today=exam] [data-today-state]"));
                assertEquals(2, exams.size());
                exams.forEach(e -> assertEquals(EXAM_OPEN.get(lang), e.getText()));
                String warning = browser.findElement(By.cssSelector("[data-today=warning] [data-today-warning]")).getText();
                assertTrue(warning.startsWith(WARNING.get(lang)), warning);
                assertTrue(PageCheck.width(browser) >= size.width - 20);
                problems.addAll(PageCheck.problems(browser, lang, true));
                PageCheck.screenshot(browser, "cabinet-today-" + lang + "-" + size.width);
            }
            signIn(quietIin, lang);
            for (Dimension size : WIDTHS) {
                browser.manage().window().setSize(size);
                browser.get(server.url("/"));
                assertEquals(QUIET.get(lang), browser.findElement(By.cssSelector("[data-today-quiet] h2")).getText());
                assertTrue(browser.findElements(By.cssSelector("[data-today]")).isEmpty());
                problems.addAll(PageCheck.problems(browser, lang, true));
                PageCheck.screenshot(browser, "cabinet-quiet-" + lang + "-" + size.width);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void sendingAnAnswerAndChoosingATicketAskFirstAndCancelLeavesEverythingAsItWas() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            signIn(studentIin, lang);
            for (Dimension size : WIDTHS) {
                browser.manage().window().setSize(size);
                String suffix = lang + "-" + size.width;
                browser.get(server.url(answerPage));
                WebElement editor = browser.findElement(By.cssSelector(".oa-editor"));
                String typed = "Жауап " + suffix + ": бірінші, екінші және үшінші нормаль формалар.";
                editor.sendKeys(typed);
                WebElement send = browser.findElement(By.cssSelector("[data-oa-send]"));
                until(ExpectedConditions.elementToBeClickable(send));
                send.click();
                WebElement dialog = browser.findElement(By.cssSelector("dialog[data-oa-confirm=send]"));
                until(d -> dialog.getAttribute("open") != null);
                assertEquals(SEND_TITLE.get(lang), dialog.findElement(By.tagName("h2")).getText());
                assertEquals(dialog.findElement(By.cssSelector("[data-oa-confirm-no]")), browser.switchTo().activeElement(),
                        "Cancel has the focus: Enter does not send by accident");
                problems.addAll(PageCheck.problems(browser, lang, true));
                PageCheck.screenshot(browser, "exam-confirm-send-" + suffix);

                dialog.findElement(By.cssSelector("[data-oa-confirm-no]")).click();
                until(d -> dialog.getAttribute("open") == null);
                assertTrue(editor.getText().contains(typed), "the typed answer is still there");
                assertTrue(send.isEnabled(), "Send answer can be pressed again");
                assertEquals(send, browser.switchTo().activeElement(), "the focus is back on Send answer");
                assertNull(sentAt(), "nothing was sent");

                browser.get(server.url(tilePage));
                until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-free"), 3));
                browser.findElement(By.cssSelector(".oa-tile.oa-free")).click();
                WebElement tile = browser.findElement(By.cssSelector("dialog[data-oa-confirm=tile]"));
                until(d -> tile.getAttribute("open") != null);
                assertEquals(TILE_TITLE.get(lang), tile.findElement(By.tagName("h2")).getText());
                problems.addAll(PageCheck.problems(browser, lang, true));
                PageCheck.screenshot(browser, "exam-confirm-tile-" + suffix);
                browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                until(d -> tile.getAttribute("open") == null);
                assertNull(ticket(), "Escape cancels: no ticket taken");
                assertEquals(3, browser.findElements(By.cssSelector(".oa-tile.oa-free")).size());
            }
        }
        browser.get(server.url(answerPage));
        browser.findElement(By.cssSelector(".oa-editor")).sendKeys(" Соңғы нұсқа.");
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-oa-send]")));
        browser.findElement(By.cssSelector("[data-oa-send]")).click();
        browser.findElement(By.cssSelector("dialog[data-oa-confirm=send] [data-oa-confirm-yes]")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-sent]")));
        assertNotNull(sentAt(), "confirmed: the answer is sent");

        browser.get(server.url(tilePage));
        until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-free"), 3));
        browser.findElement(By.cssSelector(".oa-tile.oa-free")).click();
        browser.findElement(By.cssSelector("dialog[data-oa-confirm=tile] [data-oa-confirm-yes]")).click();
        until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-ticket]")));
        assertEquals(ticket(), browser.findElement(By.cssSelector("[data-oa-ticket]")).getText());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /** Logs in on the laptop-wide window, where the language switch is in the top bar, and switches to {@code lang}. */
    private static void signIn(String iin, String lang) {
        browser.manage().window().setSize(Chromium.LAPTOP);
        SignIn.as(browser, server, iin);
        SignIn.language(browser, server, lang);
    }

    private static String sentAt() {
        return Rows.string(server, "SELECT answer_sent_at FROM oa_sitting WHERE student_id = ? AND stream_id = ?",
                student, Long.parseLong(answerPage.split("/")[3]));
    }

    private static String ticket() {
        return Rows.string(server, "SELECT ticket_number FROM oa_sitting WHERE student_id = ? AND stream_id = ?",
                student, Long.parseLong(tilePage.split("/")[3]));
    }

    private static void until(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
