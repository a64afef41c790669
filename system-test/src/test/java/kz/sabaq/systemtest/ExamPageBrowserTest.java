package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exam page's own script against the real server, as a student's phone and the teacher's laptop
 * run it: the autosaved draft, the presence heartbeat the teacher's slot table shows, and "Please
 * wait" turning into the questions. Nothing here makes a request by hand; the page's script does.
 */
class ExamPageBrowserTest {
    static TestServer server;
    static WebDriver phone;
    static WebDriver laptop;

    @BeforeAll
    static void start() throws IOException {
        server = AllPlugins.server().enable("online-attestation", Map.of("draftSeconds", 1)).start();
        phone = Chromium.open(Chromium.PHONE);
        laptop = Chromium.open(Chromium.LAPTOP);
    }

    @AfterAll
    static void stop() {
        phone.quit();
        laptop.quit();
        server.close();
    }

    @Test
    void aTypedAnswerIsAutosavedAndIsThereAgainAfterAReload() {
        ExamRoom room = new ExamRoom(server).ticket("<p>Нормализацияны түсіндіріңіз.</p>").questionsRead();
        SignIn.as(phone, server, room.studentIin);
        phone.get(server.url(room.studentPage()));

        phone.findElement(By.cssSelector(".oa-editor")).sendKeys("Артықшылықты азайту үшін кестелерді бөлеміз.");
        until(phone, ExpectedConditions.textToBe(By.cssSelector("[data-oa-draft-status]"), "Жоба сақталды"));
        String saved = room.answer();
        assertNotNull(saved, "the draft reached the database");
        assertTrue(saved.contains("Артықшылықты азайту үшін кестелерді бөлеміз."), saved);

        phone.navigate().refresh();
        until(phone, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".oa-editor"),
                "Артықшылықты азайту үшін кестелерді бөлеміз."));
    }

    /**
     * The server judges presence by its clock: each time the clock moves on by most of the presence
     * window, the open page's next beat must arrive, and the teacher's dot never turns grey. Leaving
     * the page sends a beacon: the dot turns grey at once, with the clock standing still.
     */
    @Test
    void theTeachersPresenceDotStaysGreenWhileTheStudentsPageIsOpen() {
        ExamRoom room = new ExamRoom(server).ticket("<p>Индекстер.</p>").questionsRead();
        SignIn.as(laptop, server, room.teacherIin);
        SignIn.as(phone, server, room.studentIin);
        phone.get(server.url(room.studentPage()));
        laptop.get(server.url("/online-attestation/streams/" + room.stream + "#slot-" + room.slot));
        By dot = By.cssSelector("[data-oa-live='" + room.slot + "'] tr[data-student='" + room.student + "'] [data-cell=presence]");
        until(laptop, ExpectedConditions.attributeToBe(dot, "data-online", "true"));
        ((JavascriptExecutor) laptop).executeScript("window.wentOffline = 0;"
                + "const dot = document.querySelector(arguments[0]);"
                + "new MutationObserver(() => { if (dot.getAttribute('data-online') !== 'true') { window.wentOffline++; } })"
                + ".observe(dot, { attributes: true });", "[data-oa-live='" + room.slot + "'] tr[data-student='"
                + room.student + "'] [data-cell=presence]");

        for (int beat = 0; beat < 2; beat++) {
            String before = lastSeen(room);
            server.clock().advance(Duration.ofSeconds(25));
            new WebDriverWait(phone, Duration.ofSeconds(20)).until(d -> !before.equals(lastSeen(room)));
        }
        until(laptop, ExpectedConditions.attributeToBe(dot, "data-online", "true"));
        assertEquals(0L, ((JavascriptExecutor) laptop).executeScript("return window.wentOffline;"),
                "the dot stayed green while the page was open");

        phone.get(server.url("/online-attestation/mine"));
        until(laptop, ExpectedConditions.attributeToBe(dot, "data-online", "false"));
    }

    @Test
    void pleaseWaitTurnsIntoTheQuestionsWhenTheTeacherSendsThem() {
        ExamRoom room = new ExamRoom(server).ticket("<p>Транзакциялардың оқшаулану деңгейлері.</p>");
        SignIn.as(phone, server, room.studentIin);
        phone.get(server.url(room.studentPage()));
        phone.findElement(By.cssSelector("#questions button[type=submit]")).click();
        until(phone, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-wait]")));

        WebClient teacher = server.client();
        teacher.login(room.teacherIin);
        assertEquals(303, teacher.post("/online-attestation/slots/" + room.slot + "/actions/send", Map.of("all", "true")).status());

        until(phone, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-oa-questions]"),
                "Транзакциялардың оқшаулану деңгейлері."));
        assertTrue(phone.findElements(By.cssSelector("[data-oa-wait]")).isEmpty(), "no longer waiting");
        assertNotNull(room.sitting("questions_viewed_at"), "the student's first view is recorded");
    }

    private static String lastSeen(ExamRoom room) {
        return String.valueOf(Rows.string(server, "SELECT last_seen FROM oa_presence WHERE stream_id = ? AND student_id = ?",
                room.stream, room.student));
    }

    private static void until(WebDriver browser, ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }
}
