package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Self-check tests (seed 004): 8–10 questions per topic, pass mark 70 %, attempts until passed, not in the journal. */
class SelfCheckTest {
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
    void aTopicNeedsAtLeastEightItemsAndTheTestTakesAtMostTen() {
        Classroom room = new Classroom(server);
        room.fillBank("Желілер", 3, 2, 2);
        WebClient.Page refused = room.teacherWeb.post("/exam-test/streams/" + room.stream + "/self-check", Map.of("topic", "Желілер"));
        assertEquals(409, refused.status());
        assertTrue(refused.contains("«Желілер» тақырыбы бойынша өзін-өзі тексеру тесті үшін кемінде 8 тапсырма керек; онда 7 тапсырма бар."));
        room.fillBank("Желілер", 5, 0, 0);
        assertEquals(303, room.teacherWeb.post("/exam-test/streams/" + room.stream + "/self-check", Map.of("topic", "Желілер")).status());
        assertEquals(1, room.count("SELECT COUNT(*) FROM et_test WHERE stream_id = ? AND kind = 'self' AND topic = 'Желілер' "
                + "AND questions = 10 AND attempts = 0 AND pass_percent = 70", room.stream));
    }

    @Test
    void aStudentTriesUntilSeventyPercentAndNothingReachesTheJournal() {
        Classroom room = new Classroom(server);
        room.fillBank("Желілер", 10, 0, 0);
        room.journalForm("letter");
        room.teacherWeb.post("/exam-test/streams/" + room.stream + "/self-check", Map.of("topic", "Желілер"));
        long test = room.count("SELECT id FROM et_test WHERE stream_id = ? AND kind = 'self'", room.stream);
        Classroom.Student student = room.student();

        long first = TestTakingTest.start(student, test);
        room.answerCorrectly(student, first, 6);
        student.web().post("/exam-test/attempts/" + first + "/submit", Map.of());
        WebClient.Page result = student.web().get("/exam-test/attempts/" + first);
        assertTrue(result.contains("Нәтиже: 60.00 %") && result.contains("Әзірге өтпеді: шекті балл 70 %."), result.body());

        long second = TestTakingTest.start(student, test);
        room.answerCorrectly(student, second, 7);
        student.web().post("/exam-test/attempts/" + second + "/submit", Map.of());
        assertTrue(student.web().get("/exam-test/attempts/" + second).contains("Өтті."));

        WebClient.Page again = student.web().post("/exam-test/tests/" + test + "/start", Map.of());
        assertEquals(409, again.status());
        assertTrue(again.contains("Сіз бұл өзін-өзі тексеру тестінен өтіп қойдыңыз."));
        assertEquals(0, room.count("SELECT COUNT(*) FROM journal_grade WHERE stream_id = ?", room.stream));
    }
}
