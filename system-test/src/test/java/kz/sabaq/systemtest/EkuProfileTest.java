package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import kz.sabaq.examtest.testing.ExamTestGenerator;
import org.junit.jupiter.api.Test;

/**
 * EKU's regulation (seed 002): grades in the points-rating letter system of the credit technology
 * (and pass/fail), so a journal under the {@code eku} profile offers exactly those final forms and
 * 94 points earn "A-", 49 "FX". A band moved in the profile moves the grade with no code change.
 * Interim attestation in test form (§5.20.3, §5.23.3): 30 questions drawn 40/40/20 from a bank of
 * 100, 50 minutes kept by the server, one attempt, the result in the journal.
 */
class EkuProfileTest {

    @Test
    void journalsGradeInTheLetterSystem() {
        try (TestServer server = ShippedProfile.start("eku", UnaryOperator.identity())) {
            GradingScales scales = server.app().service(GradingScales.class).orElseThrow();

            assertEquals(List.of("letter", "pass-fail"), scales.all().stream().map(GradingScale::id).sorted().toList());
            assertEquals("A-", letter(scales, 94));
            assertEquals("FX", letter(scales, 49));
            assertEquals("F", letter(scales, 24));
        }
    }

    @Test
    void aBandMovedInTheProfileMovesTheGrade() {
        try (TestServer server = ShippedProfile.start("eku", b -> b.setting("grading-letter", "A-", 95)
                .setting("grading-letter", "A", 97))) {
            assertEquals("B+", letter(server.app().service(GradingScales.class).orElseThrow(), 94));
        }
    }

    private static String letter(GradingScales scales, int points) {
        return scales.find("letter").orElseThrow().fromPoints(BigDecimal.valueOf(points)).map(Grade::code).orElseThrow();
    }

    @Test
    void aStudentAnswersThirtyQuestionsInFiftyMinutesOnceAndTheResultIsInTheJournal() {
        try (TestServer server = ShippedProfile.start("eku", UnaryOperator.identity())) {
            Generator gen = Generator.on(server);
            String teacherIin = Iins.next();
            long teacherId = gen.user().iin(teacherIin).teacher().create();
            long group = gen.group().create();
            long discipline = gen.discipline().create();
            long stream = gen.stream().teacher(teacherId).discipline(discipline).groups(group).finalForm("letter").create();
            new ExamTestGenerator(gen).bank(discipline, teacherId, "Функция шегі", 40, 40, 20);
            WebClient teacher = server.client();
            assertEquals(303, teacher.login(teacherIin).status());
            assertEquals(303, teacher.post("/exam-test/streams/" + stream + "/open", Map.of()).status(),
                    "the bank meets EKU's checks: 100 items, 5 options, 40/40/20");
            String studentIin = Iins.next();
            long studentId = gen.user().iin(studentIin).student(group).create();
            WebClient student = server.client();
            assertEquals(303, student.login(studentIin).status());
            String test = Rows.string(server, "SELECT id FROM et_test WHERE stream_id = ?", stream);

            WebClient.Page started = student.post("/exam-test/tests/" + test + "/start", Map.of());
            assertEquals(303, started.status(), started.body());
            String attempt = started.location().substring(started.location().lastIndexOf('/') + 1);
            WebClient.Page page = student.get("/exam-test/attempts/" + attempt);
            assertEquals(30, count(page.body(), "data-et-item=\""), "30 questions (§5.20.3)");
            assertEquals("easy 12, hard 6, medium 12", Rows.string(server, "SELECT GROUP_CONCAT(CONCAT(d, ' ', n) ORDER BY d "
                    + "SEPARATOR ', ') FROM (SELECT i.difficulty d, COUNT(*) n FROM et_attempt_item a JOIN et_item i "
                    + "ON i.id = a.item_id WHERE a.attempt_id = ? GROUP BY i.difficulty) mix", attempt), "40/40/20 of 30");
            assertEquals("50", Rows.string(server, "SELECT TIMESTAMPDIFF(MINUTE, started_at, deadline) FROM et_attempt "
                    + "WHERE id = ?", attempt), "50 minutes (§5.20.3)");

            // 27 of the 30 answered right, as they are given; a reload finds every one
            for (int position = 1; position <= 27; position++) {
                WebClient.Page saved = student.post("/exam-test/attempts/" + attempt + "/answers/" + position,
                        Map.of("option", correct(server, attempt, position)));
                assertEquals(200, saved.status(), saved.body());
            }
            WebClient.Page reloaded = student.get("/exam-test/attempts/" + attempt);
            assertEquals(27, count(reloaded.body(), " checked>"), "the answers survive a reload");
            assertTrue(reloaded.contains("value=\"" + correct(server, attempt, 27) + "\" checked>"), reloaded.body());

            server.clock().advance(Duration.ofMinutes(50));
            WebClient.Page late = student.post("/exam-test/attempts/" + attempt + "/answers/28",
                    Map.of("option", correct(server, attempt, 28)));
            assertEquals(409, late.status(), "the server keeps the time limit");
            assertTrue(late.contains("Тесттің уақыты бітті"), late.body());
            assertEquals("deadline 90.00 27", Rows.string(server, "SELECT CONCAT(submitted_by, ' ', score, ' ', "
                    + "(SELECT COUNT(*) FROM et_answer WHERE attempt_id = a.id)) FROM et_attempt a WHERE id = ?", attempt),
                    "submitted by the deadline with the answers given in time");

            WebClient.Page second = student.post("/exam-test/tests/" + test + "/start", Map.of());
            assertEquals(409, second.status(), "one attempt (§5.20.3)");
            assertTrue(second.contains("Сіз бұл тесттің барлық әрекетін пайдаландыңыз (1)"), second.body());
            assertEquals("90", server.app().service(Journals.class).orElseThrow().grades(stream, studentId).get(Journals.FINAL),
                    "the result in the journal's final control cell");
            assertEquals("A-", letter(server.app().service(GradingScales.class).orElseThrow(), 90),
                    "which the journal's letter scale reads as A-");
        }
    }

    @Test
    void anotherQuestionCountInTheProfileDrawsThatMany() {
        try (TestServer server = ShippedProfile.start("eku", b -> b.setting("exam-test", "questionsPerTest", 20))) {
            Generator gen = Generator.on(server);
            String teacherIin = Iins.next();
            long teacherId = gen.user().iin(teacherIin).teacher().create();
            long group = gen.group().create();
            long discipline = gen.discipline().create();
            long stream = gen.stream().teacher(teacherId).discipline(discipline).groups(group).finalForm("letter").create();
            new ExamTestGenerator(gen).bank(discipline, teacherId, "Функция шегі", 40, 40, 20);
            WebClient teacher = server.client();
            assertEquals(303, teacher.login(teacherIin).status());
            assertEquals(303, teacher.post("/exam-test/streams/" + stream + "/open", Map.of()).status());
            assertEquals("20 50 1", Rows.string(server, "SELECT CONCAT(questions, ' ', minutes, ' ', attempts) FROM et_test "
                    + "WHERE stream_id = ?", stream));
        }
    }

    /** The id of the correct option of the question at this position of the attempt. */
    private static String correct(TestServer server, String attempt, int position) {
        return Rows.string(server, "SELECT o.id FROM et_attempt_item a JOIN et_option o ON o.item_id = a.item_id "
                + "AND o.fraction > 0 WHERE a.attempt_id = ? AND a.position = ?", attempt, position);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
