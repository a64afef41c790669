package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.Generator;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A five-point journal converts to and from the letters of the credit technology, in the letter
 * bands the profile set (A- from 92): a letter sent for a cell is stored as its mark, a letter
 * stored before the journal turned five-point reads as its mark, and each mark is shown with its
 * letters and the points they span. Anything else is refused beside the cell, nothing stored.
 */
class FivePointJournalTest {
    static TestServer server;
    static Generator gen;
    static Journals journals;
    static String teacherIin;
    static long teacher;
    long stream;
    long student;
    WebClient client;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(AllPlugins.dir())
                .enable("grading-letter", Map.of("A-", 92))
                .enable("grading-five-point", Map.of())
                .start();
        gen = Generator.on(server);
        journals = server.app().service(Journals.class).orElseThrow();
        teacherIin = Iins.next();
        teacher = gen.user().iin(teacherIin).named("Сейітқали", "Нұрлан").teacher().create();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void fivePointStream() {
        long group = gen.group().create();
        student = gen.user().named("Жұмабаева", "Әсел").student(group).create();
        stream = gen.stream().teacher(teacher).groups(group).finalForm("five-point").create();
        client = server.client();
        assertEquals(303, client.login(teacherIin).status());
    }

    @Test
    void aLetterSentForTheCellIsStoredAsItsMarkShownWithItsLettersAndPoints() {
        assertEquals(303, save("b+").status());
        assertEquals("4", journals.grades(stream, student).get(Journals.FINAL));

        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("<option value=\"4\" selected>4 (жақсы) · B+, B, B-</option>"),
                "each mark is offered with the letters it stands for:\n" + page.body());
        assertTrue(page.contains("<option value=\"3\">3 (қанағаттанарлық) · C+, C, C-, D+, D</option>"));
        assertTrue(page.contains("data-reading>B+, B, B- · 75–91 балл</span>"),
                "4 spans the letters B+ to B- and the points up to A-'s band (92 in this profile):\n" + page.body());
    }

    @Test
    void aLetterStoredBeforeTheJournalTurnedFivePointReadsAsItsMark() {
        gen.grade().of(stream, student).kind(Journals.FINAL).value("FX").create();

        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("<option value=\"FX\" selected>FX → 2 (қанағаттанарлықсыз)</option>"), page.body());
        assertTrue(page.contains("data-reading>FX, F · 0–49 балл</span>"), page.body());
    }

    @Test
    void pointsStoredBeforeConvertByTheProfilesLetterBands() {
        gen.grade().of(stream, student).kind(Journals.FINAL).value("91").create();

        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("data-reading>4 (жақсы) · B+, B, B- · 75–91 балл</span>"),
                "91 is B+ when A- starts at 92, so 4:\n" + page.body());
    }

    @Test
    void neitherAMarkNorALetterIsRefusedBesideTheCellAndNothingIsStored() {
        WebClient.Page refused = save("Z");
        assertEquals(400, refused.status());
        String field = "g:" + student + ":final";
        assertTrue(refused.contains("data-field-error=\"" + field + "\""), refused.body());
        assertTrue(refused.contains("Жұмабаева Әсел, «Қорытынды бақылау»: бес балдық шкала бойынша баға 5, 4, 3 немесе 2"
                + " болуы керек; әріптік баға да"), refused.body());
        assertTrue(refused.contains("<option value=\"Z\" selected>"), "what was sent is kept:\n" + refused.body());
        assertNull(journals.grades(stream, student).get(Journals.FINAL));
        assertEquals(400, save("6").status(), "no mark above 5");
        assertNull(journals.grades(stream, student).get(Journals.FINAL));
    }

    private WebClient.Page save(String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("g:" + student + ":" + Journals.FINAL, value);
        form.put("o:" + student + ":" + Journals.FINAL, "");
        return client.post("/journal/" + stream + "/grades", form);
    }
}
