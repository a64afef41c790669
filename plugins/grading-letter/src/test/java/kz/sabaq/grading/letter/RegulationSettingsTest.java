package kz.sabaq.grading.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grading rules an administrator changes on the admin pages, over HTTP: the letter bands
 * (refused out of order, beside the field, nothing saved) and the admission rating's weight in the
 * final grade (core's journal setting, on the Plugins page like a plugin's), which the teacher's
 * journal follows at once.
 */
class RegulationSettingsTest {
    static TestServer server;
    static WebClient admin;
    static WebClient teacher;
    static AcademicFixture academic;
    static long teacherId;

    @BeforeAll
    static void start() {
        server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("grading-letter", Map.of()).start();
        academic = new AcademicFixture(server);
        String adminIin = Iins.next();
        server.user(adminIin, "Әкімшілік", "Гүлнар", StandardRoles.ADMINISTRATOR);
        admin = server.client();
        assertEquals(303, admin.login(adminIin).status());
        String teacherIin = Iins.next();
        teacherId = server.user(teacherIin, "Сейітқали", "Нұрлан", StandardRoles.TEACHER);
        teacher = server.client();
        assertEquals(303, teacher.login(teacherIin).status());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    Map<String, String> bands(String letter, String points) {
        Map<String, String> form = new LinkedHashMap<>();
        Map.of("A", "95", "A-", "90", "B+", "85", "B", "80", "B-", "75", "C+", "70", "C", "65", "C-", "60",
                "D+", "55", "D", "50").forEach((k, v) -> form.put("s." + k, v));
        form.put("s.FX", "25");
        form.put("s." + letter, points);
        return form;
    }

    @Test
    void letterBandsOutOfOrderAreRefusedBesideTheFieldAndNothingIsSaved() {
        WebClient.Page refused = admin.post("/admin/plugins/grading-letter/settings", bands("B+", "91"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contains("data-field-error=\"s.B+\">«B+» бағасының ең төменгі балы (91) «A-» бағасынікінен (90) төмен болуы керек."),
                refused.body());
        assertTrue(refused.contains("value=\"91\""), "what was typed stays");
        assertTrue(admin.get("/admin/plugins/grading-letter/settings").contains("name=\"s.B+\" type=\"number\" step=\"1\" value=\"85\""),
                "nothing saved");

        WebClient.Page fxAtZero = admin.post("/admin/plugins/grading-letter/settings", bands("FX", "0"));
        assertEquals(400, fxAtZero.status());
        assertTrue(fxAtZero.contains("data-field-error=\"s.FX\">«FX» бағасының ең төменгі балы (0) «F» бағасынікінен (0) жоғары болуы керек."),
                fxAtZero.body());

        assertEquals(200, admin.post("/admin/plugins/grading-letter/settings", bands("B+", "86")).status());
        assertTrue(admin.get("/admin/plugins/grading-letter/settings").contains("name=\"s.B+\" type=\"number\" step=\"1\" value=\"86\""));
    }

    @Test
    void theAdmissionWeightIsEditedOnTheAdminPageAndTheJournalFollows() {
        assertTrue(admin.get("/admin/plugins").contains("href=\"/admin/plugins/core-journal/settings\""));
        WebClient.Page form = admin.get("/admin/plugins/core-journal/settings");
        assertEquals(200, form.status(), form.body());
        assertTrue(form.contains("<h1>Журнал: қорытынды баға</h1>"), form.body());
        assertTrue(form.contains("Қорытынды бағадағы жіберу рейтингінің үлесі, %"), form.body());
        assertTrue(form.contains("name=\"s.admissionWeight\" type=\"number\" step=\"1\" value=\"60\""));
        assertEquals(403, teacher.post("/admin/plugins/core-journal/settings", Map.of("s.admissionWeight", "50")).status());

        WebClient.Page refused = admin.post("/admin/plugins/core-journal/settings", Map.of("s.admissionWeight", "150"));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Мән 0–100 аралығында болуы керек."), refused.body());

        long group = academic.group("RW-" + Iins.next());
        long student = academic.student(Iins.next(), "Жұмабаева", "Әсел", group);
        long stream = academic.stream(teacherId, group);
        assertEquals(303, teacher.post("/journal/" + stream + "/settings",
                Map.of("finalForm", "letter", "finalGradeToBeSet", "true")).status());
        Map<String, String> grades = new LinkedHashMap<>();
        grades.put("g:" + student + ":admission", "80");
        grades.put("o:" + student + ":admission", "");
        grades.put("g:" + student + ":final", "60");
        grades.put("o:" + student + ":final", "");
        assertEquals(303, teacher.post("/journal/" + stream + "/grades", grades).status());
        assertTrue(teacher.get("/journal/" + stream).contains("<span data-readonly>72</span>"), "60 % × 80 + 40 % × 60");

        assertEquals(200, admin.post("/admin/plugins/core-journal/settings", Map.of("s.admissionWeight", "50")).status());
        WebClient.Page journal = teacher.get("/journal/" + stream);
        assertTrue(journal.contains("<span data-readonly>70</span>"), journal.body());
        assertTrue(journal.contains("50 % × 80 + 50 % × 60"));
    }
}
