package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.MultipartForm;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The computer-based test page's own script against the real server, on a student's phone: each
 * answer is saved the moment it is chosen, a reload in the middle of the test finds them all, and the
 * countdown shows the time the server keeps. Nothing here posts an answer by hand; the page does.
 */
class ExamTestBrowserTest {
    static TestServer server;
    static WebDriver phone;

    @BeforeAll
    static void start() throws IOException {
        server = AllPlugins.server().start();
        phone = Chromium.open(Chromium.PHONE);
    }

    @AfterAll
    static void stop() {
        phone.quit();
        server.close();
    }

    @Test
    void answersChosenOnThePageAreSavedAtOnceAndAReloadMidTestFindsThem() {
        AcademicFixture academic = new AcademicFixture(server);
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        long group = academic.group("ET-B1");
        long stream = academic.stream(teacher, group);
        String studentIin = Iins.next();
        long student = academic.student(studentIin, "Жұмабаева", "Әсел", group);
        openTest(teacherIin, stream);

        SignIn.as(phone, server, studentIin);
        phone.get(server.url("/exam-test/mine"));
        phone.findElement(By.cssSelector("[data-et-test] button[type=submit]")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-et-item='1']")));
        assertEquals(30, phone.findElements(By.cssSelector("[data-et-item]")).size());
        assertTrue(phone.findElement(By.cssSelector("[data-et-remaining]")).getText().matches("(50:00|49:5[0-9])"),
                "the countdown starts from the server's 50 minutes");

        List<String> chosen = List.of(choose(1, 2), choose(2, 4), choose(3, 1));
        for (int position = 1; position <= 3; position++) {
            until(ExpectedConditions.textToBe(By.cssSelector("[data-et-item='" + position + "'] [data-et-saved]"), "Жауап сақталды."));
        }
        assertEquals("3", Rows.string(server, "SELECT COUNT(*) FROM et_answer a JOIN et_attempt t ON t.id = a.attempt_id "
                + "WHERE t.student_id = ?", student), "three answers reached the database");

        phone.navigate().refresh();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-et-item='3']")));
        for (int position = 1; position <= 3; position++) {
            WebElement checked = phone.findElement(By.cssSelector("[data-et-item='" + position + "'] input:checked"));
            assertEquals(chosen.get(position - 1), checked.getAttribute("value"), "question " + position);
        }
    }

    /** Clicks the n-th option of a question and returns its value (the option's id). */
    private static String choose(int position, int option) {
        WebElement input = phone.findElements(By.cssSelector("[data-et-item='" + position + "'] input")).get(option - 1);
        input.click();
        return input.getAttribute("value");
    }

    /** The teacher fills the bank the regulation asks for through the import page and opens the test. */
    private static void openTest(String teacherIin, long stream) {
        StringBuilder csv = new StringBuilder("topic,difficulty,text,option1,option2,option3,option4,option5,correct\n");
        String[] levels = {"easy", "medium", "hard"};
        int[] counts = {40, 40, 20};
        int n = 0;
        for (int level = 0; level < 3; level++) {
            for (int i = 0; i < counts[level]; i++) {
                n++;
                csv.append("Негіздер,").append(levels[level]).append(",Сұрақ ").append(n).append(",A,B,C,D,E,1\n");
            }
        }
        WebClient teacher = server.client();
        teacher.login(teacherIin);
        WebClient.Page imported = teacher.postMultipart("/exam-test/streams/" + stream + "/bank/import", MultipartForm.of()
                .file("file", "bank.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .field("format", "auto").field("difficulty", "medium").field("topic", ""));
        assertEquals(200, imported.status(), imported.body());
        Generator.on(server).finalForm(stream, "letter");
        assertEquals(303, teacher.post("/exam-test/streams/" + stream + "/open", Map.of()).status());
    }

    private static void until(ExpectedCondition<?> condition) {
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(condition);
    }
}
