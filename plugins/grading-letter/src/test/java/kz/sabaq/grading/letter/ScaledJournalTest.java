package kz.sabaq.grading.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal with the shipped scale plugins started as an institution's profile sets them (letter
 * bands moved, the final grade half admission and half exam): the server refuses what a column's
 * scale does not allow, keeps what was typed and stores nothing; it shows letter, GPA and
 * traditional grade beside the points.
 */
class ScaledJournalTest {
    static TestServer server;
    static AcademicFixture academic;
    static long teacher;
    static String teacherIin;
    long stream;
    long student;
    WebClient client;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("grading-letter", Map.of("A-", 92))
                .enable("grading-passfail", Map.of())
                .enable("grading-five-point", Map.of())
                .enable("core-journal", Map.of("admissionWeight", 50))
                .start();
        academic = new AcademicFixture(server);
        teacherIin = Iins.next();
        teacher = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshStream() {
        long group = academic.group("SJ-" + Iins.next());
        student = academic.student(Iins.next(), "Жұмабаева", "Әсел", group);
        stream = academic.stream(teacher, group);
        client = server.client();
        assertEquals(303, client.login(teacherIin).status());
    }

    WebClient.Page save(String kind, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("g:" + student + ":" + kind, value);
        form.put("o:" + student + ":" + kind, "");
        return client.post("/journal/" + stream + "/grades", form);
    }

    WebClient.Page chooseForm(String scaleId) {
        return client.post("/journal/" + stream + "/settings", Map.of("finalForm", scaleId, "finalGradeToBeSet", "true"));
    }

    @Test
    void theStartedScalesAreTheFinalFormsByTheirNames() {
        WebClient.Page tab = client.get("/journal/" + stream + "?tab=settings");
        assertTrue(tab.contains("<option value=\"letter\">Әріптік баға (балдық-рейтингтік әріптік жүйе)</option>"), tab.body());
        assertTrue(tab.contains("<option value=\"pass-fail\">Сынақтан өту</option>"));
        assertTrue(tab.contains("<option value=\"five-point\">Бес балдық шкала</option>"));
        assertEquals(400, chooseForm("WRITTEN").status(), "the old enum names are no forms any more");
    }

    @Test
    void aLetterJournalRefusesPointsAboveHundredAndKeepsWhatWasTyped() {
        assertEquals(303, chooseForm("letter").status());
        WebClient.Page refused = save("final", "101");
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Жұмабаева Әсел, «Қорытынды бақылау»: 0-ден 100-ге дейінгі балл"), refused.body());
        assertTrue(refused.contains("value=\"101\""), "what was typed is shown again");
        assertNull(grade("final"));
        assertEquals(400, save("admission", "A-").status(), "the admission rating is points, not a letter");
        assertNull(grade("admission"));
        assertEquals(303, save("final", "a-").status(), "a letter journal takes a letter");
        assertEquals("A-", grade("final"));
    }

    @Test
    void thePassFailJournalRefusesFxAndTheFivePointJournalWhatIsNeitherAMarkNorALetter() {
        assertEquals(303, chooseForm("pass-fail").status());
        WebClient.Page refused = save("final", "FX");
        assertEquals(400, refused.status());
        assertTrue(refused.contains("«Сынақтан өтті» немесе «Сынақтан өтпеді» мәнін таңдаңыз."), refused.body());
        assertNull(grade("final"));

        assertEquals(303, chooseForm("five-point").status());
        WebClient.Page letter = save("final", "A+");
        assertEquals(400, letter.status());
        assertTrue(letter.contains("бес балдық шкала бойынша баға 5, 4, 3 немесе 2 болуы керек"), letter.body());
        assertTrue(letter.contains("<option value=\"4\">4 (жақсы) · B+, B, B-</option>"), "the marks are a choice");
        assertNull(grade("final"));
        assertEquals(303, save("final", "a-").status(), "a letter is taken as its mark");
        assertEquals("5", grade("final"));
    }

    @Test
    void aValueTheNewScaleDoesNotListStaysChosenSoSavingAnotherColumnKeepsIt() {
        assertEquals(303, chooseForm("letter").status());
        assertEquals(303, save("final", "92").status());
        assertEquals(303, chooseForm("five-point").status());
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("<option value=\"92\" selected>"), "92 stays the select's choice:\n" + page.body());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("g:" + student + ":final", "92");
        form.put("o:" + student + ":final", "92");
        form.put("g:" + student + ":admission", "70");
        form.put("o:" + student + ":admission", "");
        assertEquals(303, client.post("/journal/" + stream + "/grades", form).status());
        assertEquals("92", grade("final"), "saving the admission column did not clear the final grade");
        assertEquals("70", grade("admission"));
    }

    @Test
    void pointsShowTheirLetterGpaAndTraditionalGradeAndTheFinalGradeFollowsTheProfile() {
        assertEquals(303, chooseForm("letter").status());
        assertEquals(303, save("admission", "80").status());
        assertEquals(303, save("final", "92").status());
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("<span class=\"muted\" data-reading>A- · 3.67 · өте жақсы</span>"),
                "92 is A- with the profile's band A- from 92:\n" + page.body());
        assertTrue(page.contains("<span data-readonly>86</span>"), "the profile's weight: 0.5 × 80 + 0.5 × 92");
        assertTrue(page.contains("50 % × 80 + 50 % × 92"));
        assertTrue(page.contains("B+ · 3.33 · жақсы"), "86 converted by the letter scale");
    }

    String grade(String kind) {
        try (Connection c = server.app().database().connection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT value FROM journal_grade WHERE stream_id = ? AND student_id = ? AND kind = ?")) {
            s.setLong(1, stream);
            s.setLong(2, student);
            s.setString(3, kind);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
