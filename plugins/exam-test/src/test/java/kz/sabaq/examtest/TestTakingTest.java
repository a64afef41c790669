package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interim attestation test under the regulation's defaults (seed 002: 30 questions, 50 minutes,
 * 1 attempt, a bank of ≥ 100 items of 5 options in 40/40/20).
 */
class TestTakingTest {
    private static final Pattern OPTION = Pattern.compile("name=\"q(\\d+)\" value=\"(\\d+)\"");
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTeacherSeesWhatTheBankLacksAndTheServerRefusesToOpenTheTestUntilItIsThere() {
        Classroom room = new Classroom(server);
        room.fillBank("Негіздер", 39, 40, 20);
        WebClient.Page page = room.teacherWeb.get("/exam-test/streams/" + room.stream);
        assertTrue(page.contains("Кемінде 100 тапсырма керек; банкте 99, тағы 1 тапсырма жетіспейді."), page.body());
        assertTrue(page.contains("Қарапайым тапсырмалар 40 % болуы керек: кемінде 40 керек, банкте 39, тағы 1 жетіспейді."));
        assertTrue(page.contains("тест нәтижесін жазуға болатын қорытынды аттестаттау нысаны таңдалмаған"));
        WebClient.Page refused = room.teacherWeb.post("/exam-test/streams/" + room.stream + "/open", Map.of());
        assertEquals(409, refused.status());
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_test WHERE stream_id = ?", room.stream));
        room.fillBank("Негіздер", 1, 0, 0);
        room.journalForm("letter");
        assertTrue(room.teacherWeb.get("/exam-test/streams/" + room.stream).contains("Банк ережеге сай: тестті ашуға болады."));
        assertEquals(303, room.teacherWeb.post("/exam-test/streams/" + room.stream + "/open", Map.of()).status());
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_test WHERE stream_id = ? AND questions = 30 AND minutes = 50 "
                + "AND attempts = 1 AND mix = '40/40/20'", room.stream));
    }

    @Test
    void eachStudentDrawsThirtyQuestionsInTheMixWithOptionsShuffledTheSameOnEveryReload() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student first = room.student();
        long attempt = start(first, test);
        assertEquals(30, room.count("SELECT COUNT(*) FROM et_attempt_item WHERE attempt_id = ?", attempt));
        for (String[] level : new String[][] {{"easy", "12"}, {"medium", "12"}, {"hard", "6"}}) {
            assertEquals(Long.parseLong(level[1]), room.count("SELECT COUNT(*) FROM et_attempt_item a JOIN et_item i "
                    + "ON i.id = a.item_id WHERE a.attempt_id = ? AND i.difficulty = ?", attempt, level[0]), level[0]);
        }
        List<String> shown = options(first.web().get("/exam-test/attempts/" + attempt).body());
        assertEquals(150, shown.size(), "30 questions of 5 options");
        assertEquals(shown, options(first.web().get("/exam-test/attempts/" + attempt).body()), "a reload shows the same order");
        assertEquals(attempt, start(first, test), "starting again continues the running attempt");
        Classroom.Student second = room.student();
        assertNotEquals(shown, options(second.web().get("/exam-test/attempts/" + start(second, test)).body()));
    }

    @Test
    void theAttemptPageGivesItsDeadlineInTheInstitutionsTimeAsCoresPagesDo() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student student = room.student();
        String deadline = LocalDateTime.now(server.clock()).plusMinutes(50).atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.of("Asia/Almaty")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        WebClient.Page page = student.web().get("/exam-test/attempts/" + start(student, test));
        assertTrue(page.contains("Тест " + deadline + " уақытта аяқталады."), page.body());
        assertFalse(Pattern.compile(">[^<]*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}").matcher(page.body()).find(),
                "no ISO date in the page's text");
    }

    @Test
    void everyAnswerIsSavedAsGivenAndSurvivesAServerRestart() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student student = room.student();
        long attempt = start(student, test);
        List<String> shown = options(student.web().get("/exam-test/attempts/" + attempt).body());
        String chosen = shown.get(2);
        WebClient.Page saved = answer(student.web(), attempt, 1, chosen.split("=")[1]);
        assertEquals(200, saved.status(), saved.body());
        server.clock().advance(Duration.ofMinutes(20));
        server.restart();
        WebClient again = server.client();
        again.login(student.iin());
        String page = again.get("/exam-test/attempts/" + attempt).body();
        assertTrue(page.contains("name=\"q1\" value=\"" + chosen.split("=")[1] + "\" checked"), page);
        assertTrue(page.contains("data-et-remaining=\"1800\""), "30 of the 50 minutes are left after the restart");
    }

    @Test
    void aLateAnswerIsRefusedAndTheExpiredAttemptIsScoredIntoTheJournalOnce() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student student = room.student();
        long attempt = start(student, test);
        room.answerCorrectly(student, attempt, 15);
        server.clock().advance(Duration.ofMinutes(50));
        WebClient.Page late = answer(student.web(), attempt, 16, "1");
        assertEquals(409, late.status());
        assertTrue(late.body().contains("Тесттің уақыты бітті: жауап сақталмады."), late.body());
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_attempt WHERE id = ? AND submitted_by = 'deadline' AND score = 50", attempt));
        assertEquals(1, room.count("SELECT COUNT(*) FROM journal_grade WHERE stream_id = ? AND student_id = ? AND kind = 'final' "
                + "AND value = '50'", room.stream, student.id()));
        assertTrue(server.app().runJob("exam-test.close-expired"));
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_attempt WHERE id = ? AND score = 50", attempt), "closed once");
        assertTrue(student.web().get("/exam-test/attempts/" + attempt).contains("Нәтиже: 50.00 %"));
        WebClient.Page second = student.web().post("/exam-test/tests/" + test + "/start", Map.of());
        assertEquals(409, second.status(), "one attempt");
        assertTrue(second.body().contains("Сіз бұл тесттің барлық әрекетін пайдаландыңыз (1)."));
    }

    @Test
    void theServerClosesAnAttemptNobodyCameBackTo() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student student = room.student();
        long attempt = start(student, test);
        server.clock().advance(Duration.ofMinutes(49));
        assertTrue(server.app().runJob("exam-test.close-expired"));
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_attempt WHERE id = ? AND submitted_at IS NOT NULL", attempt));
        server.clock().advance(Duration.ofMinutes(2));
        assertTrue(server.app().runJob("exam-test.close-expired"));
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_attempt WHERE id = ? AND submitted_by = 'deadline' AND score = 0", attempt));
        assertEquals(1, room.count("SELECT COUNT(*) FROM journal_grade WHERE stream_id = ? AND student_id = ? AND value = '0'",
                room.stream, student.id()));
    }

    @Test
    void finishingWithoutThePagesScriptSavesTheAnswersTheFormCarriesAndScoresAtOnce() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        Classroom.Student student = room.student();
        long attempt = start(student, test);
        FormFields form = FormFields.of();
        for (int position = 1; position <= 3; position++) {
            form.add("q" + position, room.count("SELECT o.id FROM et_attempt_item a JOIN et_option o ON o.item_id = a.item_id "
                    + "WHERE a.attempt_id = ? AND a.position = ? AND o.fraction = 100", attempt, position));
        }
        student.web().get("/exam-test/attempts/" + attempt);
        assertEquals(303, student.web().post("/exam-test/attempts/" + attempt + "/submit", form).status());
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_attempt WHERE id = ? AND submitted_by = 'student' AND score = 10",
                attempt), "3 of 30 right");
        assertEquals(409, answer(student.web(), attempt, 4, "1").status(), "a finished attempt takes no answer");
    }

    @Test
    void aStudentCannotAnswerAnotherStudentsAttempt() {
        Classroom room = new Classroom(server);
        long test = room.openFinalTest();
        long attempt = start(room.student(), test);
        Classroom.Student other = room.student();
        assertEquals(403, answer(other.web(), attempt, 1, "1").status());
        assertEquals(403, other.web().get("/exam-test/attempts/" + attempt).status());
        assertEquals(0, room.count("SELECT COUNT(*) FROM et_answer WHERE attempt_id = ?", attempt));
    }

    static long start(Classroom.Student student, long test) {
        WebClient.Page started = student.web().post("/exam-test/tests/" + test + "/start", Map.of());
        assertEquals(303, started.status(), started.body());
        return Long.parseLong(started.location().substring("/exam-test/attempts/".length()));
    }

    static WebClient.Page answer(WebClient web, long attempt, int position, String... options) {
        StringBuilder body = new StringBuilder();
        for (String o : options) {
            body.append(body.length() == 0 ? "" : "&").append("option=").append(o);
        }
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/exam-test/attempts/" + attempt + "/answers/" + position)))
                .header("Accept", "application/json").header("X-CSRF-Token", web.csrf())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** "position=optionId" in the order the page shows them. */
    static List<String> options(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            found.add(m.group(1) + "=" + m.group(2));
        }
        return found;
    }
}
