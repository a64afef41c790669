package kz.sabaq.examtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A student's tests on the cabinet: an open one to start, then the attempt under way to go back into. */
class TestsOnCabinetTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = Classroom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Element test(Classroom.Student student) {
        Element item = Jsoup.parse(student.web().get("/").body()).selectFirst("[data-today=exam] [data-today-item]");
        assertNotNull(item, "the test is on the cabinet");
        return item;
    }

    @Test
    void anOpenSelfCheckIsOfferedThenItsAttemptUnderWay() {
        Classroom room = new Classroom(server);
        room.fillBank("Желілер", 10, 0, 0);
        Classroom.Student student = room.student();
        assertTrue(Jsoup.parse(student.web().get("/").body()).select("[data-today=exam]").isEmpty(),
                "no test open yet");
        room.teacherWeb.post("/exam-test/streams/" + room.stream + "/self-check", Map.of("topic", "Желілер"));
        long test = room.count("SELECT id FROM et_test WHERE stream_id = ? AND kind = 'self'", room.stream);

        Element open = test(student);
        assertTrue(open.selectFirst(".today-title").text().endsWith(" — Желілер"), open.text());
        assertEquals("10 сұрақ, 20 минут.", open.selectFirst("[data-today-state]").text());
        assertEquals("/exam-test/mine", open.selectFirst("[data-today-action]").attr("href"));

        long attempt = TestTakingTest.start(student, test);
        Element running = test(student);
        assertEquals("/exam-test/attempts/" + attempt, running.selectFirst("[data-today-action]").attr("href"));
        assertTrue(running.selectFirst("[data-today-action]").text().startsWith("Тестті жалғастыру"));
    }
}
