package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.attestation.testing.AttestationGenerator;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A student sits an online final control on a phone: views the ticket's questions, answers with a file, sends. */
class OnlineAttestationBrowserTest {
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        // Autosave once a minute: within a test, only the beacon of a page being left saves a draft.
        server = AllPlugins.server().enable("online-attestation", java.util.Map.of("distribution", "self-select",
                "draftSeconds", 60)).start();
        browser = Chromium.open(Chromium.PHONE);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        server.close();
    }

    /** One browser for the class (starting Chromium costs seconds); each test begins as a new visitor on a phone. */
    @BeforeEach
    void forgetThePreviousVisitor() {
        browser.manage().window().setSize(Chromium.PHONE);
        browser.get(server.url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aStudentAnswersWithAFileOnAPhone() throws IOException {
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-21-1");
        String iin = Iins.next();
        long student = academic.student(iin, "Ахметова", "Айжан", group);
        long stream = academic.stream(teacher, group);
        Instant now = server.clock().instant();
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        attestation.exam(stream).tickets(1).create();
        long slot = attestation.slot(stream, teacher).between(utc(now.minus(Duration.ofMinutes(5))), utc(now.plus(Duration.ofHours(2))))
                .create();
        attestation.ticket(stream, 1, "<p>Деректер қорын нормализациялауды түсіндіріңіз.</p>", teacher);
        attestation.sitting(stream, student, slot).ticket(1, 0).questionsSent(utc(now)).create();
        Path file = Files.createTempFile("answer", ".txt");
        Files.writeString(file, "1NF, 2NF, 3NF: мысалдармен.\n", StandardCharsets.UTF_8);

        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(server.url("/online-attestation/mine"));
        browser.findElement(By.cssSelector("a[href='/online-attestation/streams/" + stream + "/students/" + student + "']")).click();

        browser.findElement(By.cssSelector("#questions button[type=submit]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-questions]")));
        assertTrue(browser.findElement(By.cssSelector("[data-oa-questions]")).getText().contains("нормализациялауды"));
        WebElement send = browser.findElement(By.cssSelector("[data-oa-send]"));
        assertFalse(send.isEnabled(), "nothing to send yet");

        browser.findElement(By.cssSelector(".oa-editor")).sendKeys("Қысқа");
        browser.findElement(By.id("oa-answer-files")).sendKeys(file.toString());
        assertFalse(browser.findElement(By.cssSelector("[data-oa-send]")).isEnabled(),
                "seed 001: at least 10 characters of text, files or not");
        browser.findElement(By.cssSelector("button[name=action][value=upload]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-files] a")));
        assertEquals(file.getFileName().toString(), browser.findElement(By.cssSelector("[data-oa-files] a")).getText());
        assertTrue(browser.findElement(By.cssSelector(".oa-editor")).getText().contains("Қысқа"), "the text came back");
        assertFalse(browser.findElement(By.cssSelector("[data-oa-send]")).isEnabled(), "still too short with the file");
        browser.findElement(By.cssSelector(".oa-editor")).sendKeys(" жауап, файлда");
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-oa-send]")));
        screenshot("oa-answer-phone");

        browser.findElement(By.cssSelector("[data-oa-send]")).click();
        browser.findElement(By.cssSelector("dialog[data-oa-confirm=send] [data-oa-confirm-yes]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-sent]")));
        assertTrue(browser.findElements(By.cssSelector("[data-oa-answer-form]")).isEmpty(), "the block is locked");
        assertNotNull(Rows.string(server, "SELECT answer_sent_at FROM oa_sitting WHERE student_id = ?", student));
        assertEquals(file.getFileName().toString(), Rows.string(server, "SELECT file_name FROM oa_answer_file WHERE student_id = ?", student));
        screenshot("oa-answer-sent-phone");
    }

    /** exam.js's beacon: the student types and leaves the page at once; the draft is kept all the same. */
    @Test
    void anAnswerTypedJustBeforeLeavingThePageIsKept() {
        ExamRoom room = new ExamRoom(server).ticket("<p>Нормаль формалар.</p>").questionsRead();
        SignIn.as(browser, server, room.studentIin);
        browser.get(server.url(room.studentPage()));

        browser.findElement(By.cssSelector(".oa-editor")).sendKeys("Үшінші нормаль форма.");
        browser.get(server.url("/online-attestation/mine"));

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> room.answer() != null);
        assertTrue(room.answer().contains("Үшінші нормаль форма."), room.answer());
    }

    /**
     * oa-live.js on markup like the stream page's slot table (which the staff part renders): the
     * presence cell turns online and the ticket cell fills in when the student opens their page.
     */
    @Test
    void theLiveScriptMarksAStudentOnlineWithoutAReload() {
        String teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-21-2");
        String iin = Iins.next();
        long student = academic.student(iin, "Бекова", "Дана", group);
        long stream = academic.stream(teacher, group);
        Instant now = server.clock().instant();
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        attestation.exam(stream).tickets(1).create();
        long slot = attestation.slot(stream, teacher).between(utc(now.minus(Duration.ofMinutes(5))), utc(now.plus(Duration.ofHours(2))))
                .create();
        attestation.sitting(stream, student, slot).ticket(9, 0).create();
        browser.manage().window().setSize(Chromium.LAPTOP);
        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(teacherIin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(server.url("/online-attestation/streams/" + stream + "/students/" + student));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.body.insertAdjacentHTML('beforeend', '<table data-oa-live=\"" + slot + "\"><tr data-student=\""
                        + student + "\"><td><span data-cell=\"presence\" data-online=\"false\">●</span></td>"
                        + "<td data-cell=\"ticket\"></td></tr></table>');"
                        + "const s = document.createElement('script'); s.src = '/static/online-attestation/oa-live.js';"
                        + "document.body.appendChild(s);");
        wait(ExpectedConditions.textToBe(By.cssSelector("[data-cell=ticket]"), "9"));
        assertEquals("false", browser.findElement(By.cssSelector("[data-cell=presence]")).getAttribute("data-online"));

        kz.sabaq.core.testing.WebClient phone = server.client();
        phone.login(iin);
        assertEquals(200, phone.get("/online-attestation/streams/" + stream + "/students/" + student).status());

        wait(ExpectedConditions.attributeToBe(By.cssSelector("[data-cell=presence]"), "data-online", "true"));
    }

    /**
     * "Choose a ticket" on a phone: green tiles without numbers, one turns grey without a reload
     * when a classmate takes it, and a tap gives the student a ticket: its number in the header, the
     * block gone, "Show ticket questions" offered.
     */
    @Test
    void aStudentChoosesATicketFromTheTilesOnAPhone() throws Exception {
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        long group = academic.group("ОА-21-3");
        String iin = Iins.next();
        long student = academic.student(iin, "Ахметова", "Айжан", group);
        String otherIin = Iins.next();
        long other = academic.student(otherIin, "Бекова", "Дана", group);
        long stream = runningExam(academic, teacher, group, 3, student, other);
        browser.get(server.url("/login"));
        browser.findElement(By.id("iin")).sendKeys(iin);
        browser.findElement(By.id("password")).sendKeys(TestServer.PASSWORD);
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(server.url("/online-attestation/streams/" + stream + "/students/" + student));
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-free"), 3));
        var first = browser.findElement(By.cssSelector(".oa-tile"));
        assertEquals("Бос", first.getText(), "a free tile says so in words, and shows no number");
        assertEquals("li", first.findElement(By.xpath("..")).getTagName(), "each tile is a button in a list item");
        var before = browser.findElements(By.cssSelector(".oa-tile"));
        var last = before.get(2);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", last);

        classmateTakesTheirFirstTile(otherIin, stream, other);
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-taken"), 1));
        // each student sees the tiles in an own order, so the classmate's ticket may be any of them
        var takenTile = browser.findElement(By.cssSelector(".oa-tile.oa-taken"));
        assertEquals(before, browser.findElements(By.cssSelector(".oa-tile")), "the tiles change in place, the same elements");
        var focused = browser.switchTo().activeElement();
        if (takenTile.equals(last)) {
            assertTrue(focused.getAttribute("class").contains("oa-free") && before.contains(focused),
                    "the focused tile was taken: the focus moves to a free tile, not to the page");
        } else {
            assertEquals(last, focused, "the focused free tile keeps the focus");
        }
        assertEquals("Таңдалған", browser.findElement(By.cssSelector(".oa-tile.oa-taken")).getText());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('choose').scrollIntoView()");
        screenshot("oa-choose-phone");

        browser.findElement(By.cssSelector(".oa-tile.oa-free")).click();
        browser.findElement(By.cssSelector("dialog[data-oa-confirm=tile] [data-oa-confirm-yes]")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-ticket]")));
        String number = Rows.string(server, "SELECT ticket_number FROM oa_sitting WHERE student_id = ?", student);
        assertNotNull(number);
        assertEquals(number, browser.findElement(By.cssSelector("[data-oa-ticket]")).getText());
        assertTrue(browser.findElements(By.cssSelector("[data-oa-tiles]")).isEmpty(), "the block is gone");
        assertTrue(browser.findElement(By.cssSelector("#questions button[type=submit]")).isDisplayed());
    }

    /**
     * A tile a classmate took while the student was confirming: the press answers "taken, choose
     * another" beside the tiles, in the student's language, and the tiles show it taken at once.
     * Walked in Kazakh on a phone and in Russian on a laptop.
     */
    @Test
    void aTicketAClassmateTookWhileTheStudentConfirmedIsSaidToBeTakenBesideTheTiles() throws Exception {
        Map<String, String> said = Map.of(
                "kk", "Бұл билетті жаңа ғана басқа білім алушы таңдады. Басқа билетті таңдаңыз.",
                "ru", "Этот билет только что выбрал другой обучающийся. Выберите другой билет.");
        Map<String, Dimension> sizes = Map.of("kk", Chromium.PHONE, "ru", Chromium.LAPTOP);
        long teacher = server.user(Iins.next(), "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        AcademicFixture academic = new AcademicFixture(server);
        for (String lang : List.of("kk", "ru")) {
            long group = academic.group("ОА-22-" + lang);
            String iin = Iins.next();
            long student = academic.student(iin, "Ахметова", "Айжан", group);
            String otherIin = Iins.next();
            long other = academic.student(otherIin, "Бекова", "Дана", group);
            long stream = runningExam(academic, teacher, group, 1, student, other);
            SignIn.as(browser, server, iin);
            SignIn.language(browser, server, lang);
            browser.manage().window().setSize(sizes.get(lang));
            browser.get(server.url("/online-attestation/streams/" + stream + "/students/" + student));
            wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-free"), 1));

            browser.findElement(By.cssSelector(".oa-tile.oa-free")).click();
            wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[data-oa-confirm=tile] [data-oa-confirm-yes]")));
            classmateTakesTheirFirstTile(otherIin, stream, other);
            browser.findElement(By.cssSelector("dialog[data-oa-confirm=tile] [data-oa-confirm-yes]")).click();

            wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-oa-tiles-error]")));
            assertEquals(said.get(lang), browser.findElement(By.cssSelector("[data-oa-tiles-error]")).getText());
            wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".oa-tile.oa-taken"), 1));
            assertTrue(browser.findElements(By.cssSelector(".oa-tile.oa-free")).isEmpty());
            assertNull(Rows.string(server, "SELECT ticket_number FROM oa_sitting WHERE student_id = ?", student),
                    "the student holds no ticket");
            assertEquals("1", Rows.string(server, "SELECT ticket_number FROM oa_sitting WHERE student_id = ?", other));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('choose').scrollIntoView()");
            screenshot("oa-taken-" + lang + "-" + sizes.get(lang).getWidth());
        }
    }

    /** The classmate, in a browser of their own, presses their first tile as the page's script does, and gets its ticket. */
    private static void classmateTakesTheirFirstTile(String iin, long stream, long classmate) {
        kz.sabaq.core.testing.WebClient client = server.client();
        client.login(iin);
        client.get("/online-attestation/streams/" + stream + "/students/" + classmate);
        var taken = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        client.url("/online-attestation/streams/" + stream + "/tiles/1")))
                .header("Accept", "application/json").header("X-CSRF-Token", client.csrf())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, taken.status(), taken.body());
    }

    /** A stream of the group whose slot runs now, with {@code tickets} tickets, these students placed in it. */
    private static long runningExam(AcademicFixture academic, long teacher, long group, int tickets, long... students) {
        long stream = academic.stream(teacher, group);
        Instant now = server.clock().instant();
        AttestationGenerator attestation = new AttestationGenerator(academic.generator());
        attestation.exam(stream).tickets(tickets).create();
        for (int n = 1; n <= tickets; n++) {
            attestation.ticket(stream, n, "<p>Сұрақ " + n + "</p>", teacher);
        }
        long slot = attestation.slot(stream, teacher).between(utc(now.minus(Duration.ofMinutes(5))), utc(now.plus(Duration.ofHours(2))))
                .create();
        for (long s : students) {
            attestation.sitting(stream, s, slot).placed().create();
        }
        return stream;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
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
