package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.core.demo.DemoInstitution;
import kz.sabaq.core.testing.MutableClock;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo teacher finds the demo institution's journals and opens them. */
class DemoJournalTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.builder().clock(MutableClock.at("2026-11-18T09:00:00")).start();
        assertTrue(new DemoInstitution(server.app().database(), server.clock()).loadIfEmpty().isPresent());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDemoTeacherSeesThreeJournalsAndTheirStudents() {
        WebClient teacher = server.client();
        assertEquals(303, teacher.login("900315300000", DemoInstitution.PASSWORD).status());
        WebClient.Page list = teacher.get("/journal");
        assertEquals(200, list.status());
        Matcher rows = Pattern.compile("data-journal=\"(\\d+)\"").matcher(list.body());
        int count = 0;
        String first = null;
        while (rows.find()) {
            count++;
            first = first == null ? rows.group(1) : first;
        }
        assertEquals(3, count, list.body());
        assertTrue(list.contains("2026-2027"));

        WebClient.Page journal = teacher.get("/journal/" + first);
        assertEquals(200, journal.status());
        assertTrue(journal.contains("Жұмабаева Әсел"), "the demo students are in the table");
        assertTrue(journal.contains("data-save"), "the teacher may type grades");
    }
}
