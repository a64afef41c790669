package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings tab: final form, "to be set", and a module's checkbox with its Go link, locks and refusals. */
class JournalOptionTest {
    static final FakeOptionModule MODULE = new FakeOptionModule();
    static final FakeOption OPTION = MODULE.option;
    static TestServer server;
    static JournalDb db;
    static AcademicFixture academic;
    static long teacher;
    static String teacherIin;
    long stream;
    long student;
    WebClient client;

    @BeforeAll
    static void start() {
        server = TestServer.builder().module(MODULE).start();
        db = new JournalDb(server);
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
        long group = academic.group("G-" + Iins.next());
        student = academic.student(Iins.next(), "Жұмабаева", "Әсел", group);
        stream = academic.stream(teacher, group);
        client = server.client();
        assertEquals(303, client.login(teacherIin).status());
    }

    WebClient.Page settingsTab() {
        return client.get("/journal/" + stream + "?tab=settings");
    }

    WebClient.Page saveSettings(String form, String toBeSet, boolean online) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("finalForm", form);
        fields.put("finalGradeToBeSet", toBeSet);
        if (online) {
            fields.put(FakeOption.KEY, "on");
        }
        return client.post("/journal/" + stream + "/settings", fields);
    }

    String finalForm() {
        return db.value("SELECT final_form FROM journal WHERE stream_id = ?", stream);
    }

    @Test
    void theSettingsTabShowsTheFinalFormTheToBeSetFieldAndTheModulesCheckbox() {
        WebClient.Page page = settingsTab();
        assertEquals(200, page.status());
        assertTrue(page.contains("Қорытынды аттестаттау нысаны"));
        assertTrue(page.contains("Сынақтан өту"), "the pass/fail form in the seeds' wording");
        assertTrue(page.contains("Conduct final control online (test)"));
        assertTrue(page.body().indexOf("name=\"finalForm\"") < page.body().indexOf("data-option=\"" + FakeOption.KEY + "\""),
                "the checkbox comes after the final form");
        assertFalse(page.contains("data-go"), "no Go button while the option is off");
    }

    @Test
    void savingTheFormAndTurningTheOptionOnShowsGoAndLocksTheFinalCells() {
        WebClient.Page saved = saveSettings("WRITTEN_ORAL", "true", true);
        assertEquals(303, saved.status());
        assertEquals("/journal/" + stream + "?tab=settings&saved=1", saved.location());
        assertEquals("WRITTEN_ORAL", finalForm());
        assertTrue(OPTION.value(stream));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'core.journal.settings' AND object = ?",
                "stream:" + stream));

        WebClient.Page page = settingsTab();
        assertTrue(page.contains("href=\"/journal-test/" + stream + "\" data-go"), "the Go button leads to the module");

        WebClient.Page grades = client.get("/journal/" + stream);
        assertTrue(grades.contains("data-final-owned"));
        assertTrue(grades.contains("name=\"" + GradeEdit.field(student, "admission") + "\""));
        assertFalse(grades.contains("name=\"" + GradeEdit.field(student, Journals.FINAL) + "\""));
        assertFalse(grades.contains("name=\"" + GradeEdit.field(student, Journals.FINAL_WRITTEN) + "\""));
        WebClient.Page refused = client.post("/journal/" + stream + "/grades",
                Map.of(GradeEdit.field(student, Journals.FINAL_ORAL), "80"));
        assertEquals(409, refused.status());
        assertNull(db.grade(stream, student, Journals.FINAL_ORAL));

        assertEquals(303, saveSettings("WRITTEN_ORAL", "true", false).status());
        assertFalse(OPTION.value(stream));
        assertTrue(client.get("/journal/" + stream).contains("name=\"" + GradeEdit.field(student, Journals.FINAL) + "\""));
    }

    @Test
    void anOptionThatIsNotShownIsNotOfferedAndNotChanged() {
        OPTION.hidden.add(stream);
        assertFalse(settingsTab().contains("data-option=\"" + FakeOption.KEY + "\""));
        assertEquals(303, saveSettings("ORAL", "true", true).status());
        assertFalse(OPTION.value(stream), "a checkbox the page did not offer changes nothing");
        assertEquals("ORAL", finalForm());
    }

    @Test
    void notToBeSetHidesTheCheckbox() {
        assertEquals(303, saveSettings("TEST", "false", false).status());
        assertEquals("0", db.value("SELECT final_grade_to_be_set FROM journal WHERE stream_id = ?", stream));
        assertFalse(settingsTab().contains("data-option=\"" + FakeOption.KEY + "\""));
    }

    @Test
    void whileLockedTheFinalFormAndTheCheckboxAreReadOnlyAndTheServerRefusesChanges() {
        assertEquals(303, saveSettings("WRITTEN", "true", true).status());
        OPTION.locked.add(stream);
        WebClient.Page page = settingsTab();
        assertTrue(page.contains("data-form-locked"));
        assertTrue(page.contains("id=\"finalForm\" name=\"finalForm\" disabled"));
        assertTrue(page.contains("value=\"on\" checked disabled"));

        assertEquals(409, saveSettings("ORAL", "true", true).status());
        assertEquals("WRITTEN", finalForm());
        assertEquals(409, saveSettings("WRITTEN", "true", false).status());
        assertTrue(OPTION.value(stream));
        assertEquals(409, saveSettings("WRITTEN", "false", true).status());
        assertEquals(303, saveSettings("WRITTEN", "true", true).status(), "the page's own hidden fields save");
    }

    @Test
    void theFinalFormStaysChosenWhileAModuleSetsTheFinalGrade() {
        assertEquals(303, saveSettings("WRITTEN", "true", true).status());
        WebClient.Page refused = saveSettings("", "true", true);
        assertEquals(400, refused.status());
        assertTrue(refused.contains("data-field-error=\"finalForm\""), refused.body());
        assertEquals("WRITTEN", finalForm());
        assertEquals(303, saveSettings("", "true", false).status(), "with the module's option turned off in the same save");
        assertNull(finalForm());
    }

    @Test
    void underALockAFormNeverChosenCanStillBeChosenButNothingElse() {
        assertEquals(303, saveSettings("WRITTEN", "true", true).status());
        db.finalForm(stream, null);
        OPTION.locked.add(stream);
        WebClient.Page page = settingsTab();
        assertTrue(page.contains("data-form-needed"), page.body());
        assertTrue(page.contains("id=\"finalForm\" name=\"finalForm\">"), "the form can be chosen");
        assertEquals(409, saveSettings("ORAL", "false", true).status());
        assertEquals(303, saveSettings("ORAL", "true", true).status());
        assertEquals("ORAL", finalForm());
        assertEquals(409, saveSettings("TEST", "true", true).status());
    }

    @Test
    void aRefusalOfTheModuleIsShownTranslatedAndChangesNothing() {
        OPTION.refusing.add(stream);
        WebClient.Page refused = saveSettings("ORAL", "true", true);
        assertEquals(400, refused.status());
        assertTrue(refused.contains("The test module refuses this change."), refused.body());
        assertTrue(refused.contains("<option value=\"ORAL\" selected>"), "the user's choices are shown again");
        assertTrue(refused.contains("name=\"" + FakeOption.KEY + "\" value=\"on\" checked>"));
        assertNull(finalForm(), "the final form is not saved without the option");
        assertFalse(OPTION.value(stream));
    }

    @Test
    void aFinalFormThatDoesNotExistIsRefused() {
        WebClient.Page refused = saveSettings("ESSAY", "true", false);
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Қорытынды аттестаттау нысанын тізімнен таңдаңыз."));
        assertNull(finalForm());
        assertEquals(400, saveSettings("", "maybe", false).status());
    }

    @Test
    void theFinalFormDecidesTheFinalColumns() {
        assertEquals(303, saveSettings("WRITTEN_ORAL", "true", false).status());
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("data-cell=\"final.written\"") && page.contains("data-cell=\"final.oral\"")
                && page.contains("data-cell=\"final\""));
        assertEquals(303, saveSettings("ORAL", "true", false).status());
        assertFalse(client.get("/journal/" + stream).contains("data-cell=\"final.written\""));
    }
}
