package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher grades a five-point journal in Chromium, on a phone and a laptop, in Kazakh and Russian:
 * each mark is offered with the letters it stands for, the saved mark is read back with its letters
 * and the points they span (in the profile's letter bands), and the page passes the page checks.
 */
class FivePointJournalBrowserTest {

    @Test
    void aTeacherPicksAMarkByItsLettersAndReadsItBackOnAPhoneAndALaptop() throws Exception {
        try (TestServer server = TestServer.builder().plugins(AllPlugins.dir())
                .enable("grading-letter", Map.of("A-", 92)).enable("grading-five-point", Map.of()).start()) {
            Generator gen = Generator.on(server);
            Journals journals = server.app().service(Journals.class).orElseThrow();
            String teacherIin = Iins.next();
            long teacher = gen.user().iin(teacherIin).named("Сейітқали", "Нұрлан").teacher().create();
            long group = gen.group().create();
            long student = gen.user().named("Жұмабаева", "Әсел").student(group).create();
            long stream = gen.stream().teacher(teacher).groups(group).finalForm("five-point").create();
            String cell = "g:" + student + ":" + Journals.FINAL;
            // 4 spans B+ to B- and the points up to A-'s band, which this profile moved to 92
            Map<String, String> readings = Map.of("4", "B+, B, B- · 75–91", "3", "C+, C, C-, D+, D · 50–74");
            Map<String, String> marks = Map.of("kk", "4", "ru", "3");

            WebDriver browser = Chromium.open(Chromium.LAPTOP);
            try {
                List<String> problems = new ArrayList<>();
                for (String lang : List.of("kk", "ru")) {
                    SignIn.as(browser, server, teacherIin);
                    SignIn.language(browser, server, lang);
                    for (Dimension size : List.of(Chromium.PHONE, Chromium.LAPTOP)) {
                        browser.manage().window().setSize(size);
                        browser.get(server.url("/journal/" + stream));
                        var select = browser.findElement(By.name(cell));
                        Select mark = new Select(select);
                        String option = mark.getOptions().stream().filter(o -> o.getAttribute("value").equals(marks.get(lang)))
                                .findFirst().orElseThrow().getText();
                        assertTrue(option.contains("·") && option.matches(".*\\b[A-D][+-]?\\b.*"),
                                lang + ": the mark " + marks.get(lang) + " is offered with its letters, was " + option);
                        mark.selectByValue(marks.get(lang));
                        browser.findElement(By.cssSelector("[data-save]")).click();
                        wait(browser).until(ExpectedConditions.stalenessOf(select));
                        assertEquals(marks.get(lang), journals.grades(stream, student).get(Journals.FINAL));
                        String reading = browser.findElement(By.cssSelector("[data-cell=final] [data-reading]")).getText();
                        assertTrue(reading.startsWith(readings.get(marks.get(lang))), lang + ": " + reading);
                        problems.addAll(PageCheck.problems(browser, lang, true));
                        PageCheck.screenshot(browser, "journal-five-point-" + lang + "-" + size.getWidth());
                    }
                }
                assertEquals(List.of(), problems, String.join("\n", problems));
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
