package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list shows the current academic year's journals, with links, and says so when there are none. */
class JournalListTest {
    static TestServer server;
    static String teacherIin;
    static long current;
    static long past;
    static long pastYear;
    static Generator gen;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        AcademicFixture academic = new AcademicFixture(server);
        teacherIin = Iins.next();
        long teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        long group = academic.group("ПО-24-1");
        academic.student(Iins.next(), "Ким", "Алина", group);
        current = academic.stream(teacher, group);
        gen = academic.generator();
        pastYear = gen.year().code("2024-2025").dates("2024-09-01", "2025-06-30").create();
        long period = gen.period().code("2024-2025-1").year(pastYear).dates("2024-09-01", "2024-12-31").create();
        past = gen.stream().code("OLD-1").disciplineOf(current).teacher(teacher).period(period).create();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static WebClient as(String iin) {
        WebClient c = server.client();
        assertEquals(303, c.login(iin).status());
        return c;
    }

    @Test
    void theListShowsTheCurrentYearsJournalsWithLinks() {
        WebClient.Page list = as(teacherIin).get("/journal");
        assertEquals(200, list.status());
        assertTrue(list.contains("href=\"/journal/" + current + "\""));
        assertTrue(list.contains("ПО-24-1"), "the stream's groups");
        assertTrue(list.contains("Анықталмаған"), "the final form, not yet defined");
        assertFalse(list.contains("data-journal=\"" + past + "\""), "last year's journal is not listed");
        assertEquals(200, as(teacherIin).get("/journal/" + past).status(), "but it still opens by its address");
    }

    @Test
    void aYearMarkedCurrentWinsOverTheCalendar() {
        gen.currentYear(pastYear, true);
        try {
            WebClient.Page list = as(teacherIin).get("/journal");
            assertTrue(list.contains("data-journal=\"" + past + "\""));
            assertFalse(list.contains("data-journal=\"" + current + "\""));
        } finally {
            gen.currentYear(pastYear, false);
        }
    }

    @Test
    void aTeacherWithoutStreamsIsToldThereAreNone() {
        String iin = Iins.next();
        server.user(iin, "Жаңа", "Оқытушы", StandardRoles.TEACHER);
        WebClient.Page list = as(iin).get("/journal");
        assertEquals(200, list.status());
        assertTrue(list.contains("data-journals-empty"));
    }
}
