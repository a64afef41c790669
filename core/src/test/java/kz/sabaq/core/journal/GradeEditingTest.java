package kz.sabaq.core.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.web.UserError;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TenPointScale;
import kz.sabaq.core.testing.TestScales;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Typing grades into the journal: validation, all-or-nothing saves, concurrent edits, the audit trail. */
class GradeEditingTest {
    static TestServer server;
    static JournalDb db;
    static AcademicFixture academic;
    static long teacher;
    static String teacherIin;
    long stream;
    long asel;
    long dauren;
    WebClient client;

    @BeforeAll
    static void start() {
        server = TestServer.builder().scale("grading-test-points", TestScales.points())
                .scale("grading-ten-point", new TenPointScale()).start();
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
        asel = academic.student(Iins.next(), "Жұмабаева", "Әсел", group);
        dauren = academic.student(Iins.next(), "Оспанов", "Дәурен", group);
        stream = academic.stream(teacher, group);
        client = server.client();
        assertEquals(303, client.login(teacherIin).status());
    }

    WebClient.Page save(Map<String, String> form) {
        return client.post("/journal/" + stream + "/grades", form);
    }

    static Map<String, String> cell(long student, String kind, String value, String shown) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(GradeEdit.field(student, kind), value);
        form.put(GradeEdit.shownField(student, kind), shown);
        return form;
    }

    long audits() {
        return db.count("SELECT COUNT(*) FROM audit_event WHERE action = 'core.journal.grade' AND object = ?",
                "stream:" + stream);
    }

    @Test
    void theTeacherTypesGradesAndEachChangeIsAuditedWithItsValueBeforeAndAfter() {
        Map<String, String> form = cell(asel, "admission", "85,5", "");
        form.putAll(cell(dauren, Journals.FINAL, "90", ""));
        WebClient.Page saved = save(form);
        assertEquals(303, saved.status());
        assertEquals("/journal/" + stream + "?saved=1", saved.location());
        assertEquals("85.5", db.grade(stream, asel, "admission"));
        assertEquals("90", db.grade(stream, dauren, Journals.FINAL));
        assertEquals("journal", db.value("SELECT source FROM journal_grade WHERE stream_id = ? AND student_id = ? "
                + "AND kind = 'final'", stream, dauren));
        assertEquals(2, audits());

        assertEquals(303, save(cell(dauren, Journals.FINAL, "75", "90")).status());
        String details = db.value("SELECT details FROM audit_event WHERE action = 'core.journal.grade' AND object = ? "
                + "ORDER BY id DESC LIMIT 1", "stream:" + stream);
        assertTrue(details.contains("\"before\":\"90\"") && details.contains("\"after\":\"75\""), details);

        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("value=\"85.5\"") && page.contains("value=\"75\""), "the journal shows the grades");
    }

    @Test
    void aBadValueIsRefusedTranslatedAndNothingIsSaved() {
        Map<String, String> form = cell(asel, "admission", "70", "");
        form.putAll(cell(dauren, "admission", "101", ""));
        WebClient.Page refused = save(form);
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Оспанов Дәурен, «Жіберу рейтингі»: баға 0-ден 100-ге дейінгі сан болуы керек"),
                refused.body());
        assertTrue(refused.contains("value=\"101\""), "what was typed is shown again");
        assertNull(db.grade(stream, asel, "admission"), "the valid cell of the same form is not saved either");

        assertEquals(400, save(cell(asel, "admission", "abc", "")).status());
        assertEquals(400, save(cell(asel, "admission", "-1", "")).status());
        assertEquals(400, save(cell(asel, "admission", "50.125", "")).status());
        assertEquals(0, audits());
    }

    @Test
    void theFinalCellTakesWhatTheJournalsScaleAllowsAndTheScaleNamesTheRefusal() {
        db.finalForm(stream, "ten-point");
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("<option value=\"10\">10</option>"), "a choice of the scale's grades, not points");
        assertTrue(!page.contains("data-cell=\"result\""), "no computed final grade for a scale of marks");
        WebClient.Page refused = save(cell(asel, Journals.FINAL, "85", ""));
        assertEquals(400, refused.status());
        assertTrue(refused.contains("Жұмабаева Әсел, «Қорытынды бақылау»: баға 0-ден 10-ға дейінгі бүтін сан болуы керек."),
                refused.body());
        assertNull(db.grade(stream, asel, Journals.FINAL));
        assertEquals(303, save(cell(asel, Journals.FINAL, "7", "")).status());
        assertEquals("7", db.grade(stream, asel, Journals.FINAL));
        assertEquals(303, save(cell(asel, "admission", "61", "")).status(), "other columns still take points");
    }

    @Test
    void theJournalShowsTheFinalGradeWithItsParts() {
        db.finalForm(stream, "points");
        Map<String, String> form = cell(asel, "admission", "80", "");
        form.putAll(cell(asel, Journals.FINAL, "90", ""));
        assertEquals(303, save(form).status());
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("Қорытынды баға"), page.body());
        assertTrue(page.contains("<span data-readonly>84</span>"), "0.6 × 80 + 0.4 × 90");
        assertTrue(page.contains("60 % × 80 + 40 % × 90"), "shown with its parts");
        assertEquals(400, save(cell(asel, FinalGrade.KIND, "99", "")).status(), "the final grade is never typed");
    }

    @Test
    void anEmptyCellRemovesTheGrade() {
        assertEquals(303, save(cell(asel, "admission", "55", "")).status());
        assertEquals(303, save(cell(asel, "admission", "", "55")).status());
        assertNull(db.grade(stream, asel, "admission"));
        assertEquals(2, audits());
    }

    @Test
    void aGradeSomeoneChangedMeanwhileIsNotOverwritten() {
        assertEquals(303, save(cell(asel, "admission", "60", "")).status());
        server.app().service(Journals.class).orElseThrow()
                .setGrade(stream, asel, "admission", "65", "attendance", teacher);
        WebClient.Page refused = save(cell(asel, "admission", "70", "60"));
        assertEquals(409, refused.status());
        assertEquals("65", db.grade(stream, asel, "admission"));
        assertTrue(refused.contains("value=\"70\""), "the typed value stays on the page");
        assertEquals(303, save(cell(asel, "admission", "70", "65")).status(), "after looking again it saves");
        assertEquals("70", db.grade(stream, asel, "admission"));
    }

    @Test
    void twoUsersSavingOneCellAtTheSameInstantGetOneSaveAndOneConflict() throws Exception {
        String registrarIin = Iins.next();
        server.user(registrarIin, "Иванова", "Ольга", StandardRoles.REGISTRAR);
        WebClient registrar = server.client();
        assertEquals(303, registrar.login(registrarIin).status());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> {
                go.await();
                return save(cell(asel, "admission", "71", "")).status();
            });
            var second = two.submit(() -> {
                go.await();
                return registrar.post("/journal/" + stream + "/grades", cell(asel, "admission", "72", "")).status();
            });
            go.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>(java.util.List.of(first.get(), second.get()));
            java.util.Collections.sort(statuses);
            assertEquals(java.util.List.of(303, 409), statuses);
            assertEquals(first.get() == 303 ? "71" : "72", db.grade(stream, asel, "admission"));
            assertEquals(1, audits());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void unchangedCellsAreNotWrittenAgain() {
        assertEquals(303, save(cell(asel, "admission", "60", "")).status());
        assertEquals(303, save(cell(asel, "admission", "60.0", "60")).status());
        assertEquals(1, audits());
    }

    @Test
    void aCellOfSomeoneOutsideTheStreamIsRefused() {
        long stranger = academic.student(Iins.next(), "Бөтен", "Адам", academic.group("X-" + Iins.next()));
        assertEquals(400, save(cell(stranger, "admission", "50", "")).status());
        assertNull(db.grade(stream, stranger, "admission"));
        assertEquals(400, save(cell(asel, "nonsense", "50", "")).status());
    }

    @Test
    void aModuleReadsOneColumnOfTheJournalForEveryStudentAtOnce() {
        Journals journals = server.app().service(Journals.class).orElseThrow();
        journals.setGrade(stream, asel, Journals.FINAL, "81", "online-attestation", teacher);
        journals.setGrade(stream, dauren, Journals.FINAL, "77.50", "online-attestation", teacher);
        journals.setGrade(stream, dauren, "admission", "60", "attendance", teacher);
        assertEquals(java.util.Map.of(asel, "81", dauren, "77.5"), journals.column(stream, Journals.FINAL));
        assertEquals(java.util.Map.of(dauren, "60"), journals.column(stream, "admission"));
    }

    @Test
    void aModuleCannotStoreWhatTheColumnDoesNotAllowAndItsChangesAreAudited() {
        db.finalForm(stream, "ten-point");
        Journals journals = server.app().service(Journals.class).orElseThrow();
        for (String[] bad : new String[][] {{Journals.FINAL, "101"}, {Journals.FINAL, "FX"}, {"admission", "A-"}}) {
            UserError refused = assertThrows(UserError.class,
                    () -> journals.setGrade(stream, asel, bad[0], bad[1], "online-attestation", teacher), bad[1]);
            assertEquals(400, refused.status());
            assertNull(db.grade(stream, asel, bad[0]), bad[1] + " is not stored");
        }
        journals.setGrade(stream, asel, Journals.FINAL, "8", "online-attestation", teacher);
        journals.setGrade(stream, asel, Journals.FINAL, "9", "online-attestation", teacher);
        journals.clearGrade(stream, asel, Journals.FINAL, "online-attestation", teacher);
        assertNull(db.grade(stream, asel, Journals.FINAL));
        assertEquals(3, audits());
        String last = db.value("SELECT details FROM audit_event WHERE action = 'core.journal.grade' AND object = ? "
                + "ORDER BY id DESC LIMIT 1", "stream:" + stream);
        assertTrue(last.contains("\"before\":\"9\"") && last.contains("\"after\":\"\"")
                && last.contains("\"source\":\"online-attestation\""), last);
    }

    @Test
    void aGradeAModuleWritesShowsInTheJournalAtOnce() {
        server.app().service(Journals.class).orElseThrow()
                .setGrade(stream, dauren, Journals.FINAL_WRITTEN, "88", "online-attestation", teacher);
        WebClient.Page page = client.get("/journal/" + stream);
        assertTrue(page.contains("Жазбаша"), "the column of the kind appears");
        assertTrue(page.contains("value=\"88\""));
    }

    @Test
    void aFormWithoutTheTokenIsRefused() {
        WebClient.Page refused = client.postRaw("/journal/" + stream + "/grades",
                Map.of(GradeEdit.field(asel, "admission"), "50"));
        assertEquals(403, refused.status());
        assertNull(db.grade(stream, asel, "admission"));
    }
}
