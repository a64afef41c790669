package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.examtest.testing.ExamTestGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student's path, on a phone, from the final control page of a stream online attestation conducts
 * as a test into exam-test's timed test: "Start the test" in their slot opens the attempt with its
 * 30 questions, and while it is open the student stays present at the final control for staff;
 * back on the exam page, "Continue the test" returns to the same attempt.
 */
class FinalControlAsTestBrowserTest {
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
    void theExamPageStartsTheTestAndLeadsBackToTheRunningAttempt() {
        Generator gen = Generator.on(server);
        AttestationGenerator attestation = new AttestationGenerator(gen);
        ExamTestGenerator exams = new ExamTestGenerator(gen);
        long teacher = gen.user().teacher().create();
        long group = gen.group().create();
        long discipline = gen.discipline().create();
        long stream = gen.stream().teacher(teacher).discipline(discipline).groups(group).finalForm("letter").create();
        exams.bank(discipline, teacher, "Негіздер", 40, 40, 20);
        exams.test(stream, teacher).create();
        attestation.exam(stream).asTest().create();
        LocalDateTime now = LocalDateTime.now(server.clock().withZone(ZoneOffset.UTC));
        long slot = attestation.slot(stream, teacher).between(now.minusMinutes(1), now.plusHours(2)).create();
        String iin = Iins.next();
        long student = gen.user().iin(iin).student(group).create();
        attestation.sitting(stream, student, slot).create();

        SignIn.as(phone, server, iin);
        String examPage = server.url("/online-attestation/streams/" + stream + "/students/" + student);
        phone.get(examPage);
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-oa-test='ready'] [data-oa-test-start]")));
        assertEquals(List.of(), PageCheck.problems(phone, "kk", true), "the exam page with its test block");
        phone.findElement(By.cssSelector("[data-oa-test-start]")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-et-item='1']")));
        String attempt = phone.getCurrentUrl();
        assertTrue(attempt.contains("/exam-test/attempts/"), attempt);
        assertEquals(30, phone.findElements(By.cssSelector("[data-et-item]")).size());

        // The test's page beats: online attestation keeps showing the student online to staff.
        String seen = "SELECT last_seen FROM oa_presence WHERE stream_id = " + stream + " AND student_id = " + student;
        String before = Rows.string(server, seen);
        server.clock().advance(Duration.ofSeconds(20));
        new WebDriverWait(phone, Duration.ofSeconds(15)).until(d -> {
            String last = Rows.string(server, seen);
            return last != null && !last.equals(before);
        });

        phone.get(examPage);
        until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-oa-test='running'] [data-oa-test-start]")));
        assertEquals("Тестті жалғастыру", phone.findElement(By.cssSelector("[data-oa-test-start]")).getText());
        phone.findElement(By.cssSelector("[data-oa-test-start]")).click();
        until(ExpectedConditions.urlToBe(attempt));
        assertEquals("1", Rows.string(server, "SELECT COUNT(*) FROM et_attempt WHERE student_id = ?", student),
                "continuing makes no second attempt");
    }

    private static void until(ExpectedCondition<?> condition) {
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(condition);
    }
}
