package kz.sabaq.attestation.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grading on the final control page (spec §10): the journal's final form, written into the journal at once. */
class GradingTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = ExamRoom.server(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A student who sent an answer at 10:30. */
    private static ExamRoom.Student answered(ExamRoom room) {
        ExamRoom.Student s = room.student("Ахметова");
        room.ticketSent(s, 1, "<p>Сұрақ</p>");
        room.at("10:05");
        s.web().get(s.page());
        s.web().post(s.page() + "/questions", Map.of());
        room.at("10:30");
        assertEquals(303, s.web().post(s.page() + "/answer", Map.of("body", "<p>Толық жауап мәтіні</p>", "action", "send"))
                .status());
        return s;
    }

    private static WebClient.Page grade(ExamRoom room, ExamRoom.Student s, Map<String, String> form) {
        room.teacherWeb().get(s.page());
        return room.teacherWeb().post(s.page() + "/grade", form);
    }

    @Test
    void noGradeBeforeTheAnswerIsSentOrTheSlotHasEnded() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN");
        ExamRoom.Student s = room.student("Ахметова");
        room.at("10:30");

        assertFalse(room.teacherWeb().get(s.page()).contains("id=\"grade\""));
        WebClient.Page refused = grade(room, s, Map.of("points", "80"));

        assertEquals(409, refused.status());
        assertNull(room.grade(s, "final"));

        room.at("12:00");
        assertTrue(room.teacherWeb().get(s.page()).contains("id=\"grade\""), "the slot ended without an answer");
        assertEquals(303, grade(room, s, Map.of("points", "0")).status());
        assertEquals("0", room.grade(s, "final"));
    }

    @Test
    void aWrittenGradeGoesIntoTheJournalAtOnceAndIsAudited() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN");
        ExamRoom.Student s = answered(room);

        assertEquals(303, grade(room, s, Map.of("points", "85")).status());

        assertEquals("85", room.grade(s, "final"));
        assertTrue(s.web().get(s.page()).body().contains("data-oa-grade>85"), "the student sees it");
        assertEquals(List.of("online-attestation.grade.set"), room.strings(
                "SELECT action FROM audit_event WHERE object = ? AND action LIKE 'online-attestation.grade%'", "oa-sitting:" + room.stream + ":" + s.id()));
    }

    @Test
    void pointsOutsideZeroToHundredAreRefused() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("ORAL");
        ExamRoom.Student s = answered(room);

        WebClient.Page refused = grade(room, s, Map.of("points", "101"));

        assertEquals(400, refused.status());
        assertTrue(refused.contains("0-ден 100-ге дейінгі"), refused.body());
        assertEquals(400, grade(room, s, Map.of("points", "-1")).status());
        assertEquals(400, grade(room, s, Map.of("points", "бес")).status());
        assertNull(room.grade(s, "final"));
    }

    @Test
    void writtenAndOralGiveATotalThatIsTheirMeanUnlessOverridden() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN_ORAL");
        ExamRoom.Student s = answered(room);

        assertEquals(303, grade(room, s, Map.of("written", "80", "oral", "91", "total", "")).status());
        assertEquals("80", room.grade(s, "final.written"));
        assertEquals("91", room.grade(s, "final.oral"));
        assertEquals("86", room.grade(s, "final"));

        assertEquals(303, grade(room, s, Map.of("written", "80", "oral", "91", "total", "90")).status());
        assertEquals("90", room.grade(s, "final"));
    }

    @Test
    void passFailIsOneChoice() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("PASS_FAIL");
        ExamRoom.Student s = answered(room);

        assertEquals(400, grade(room, s, Map.of("result", "maybe")).status());
        assertEquals(303, grade(room, s, Map.of("result", "passed")).status());

        assertEquals("passed", room.grade(s, "final"));
        assertTrue(s.web().get(s.page()).contains("Сынақтан өтті"));
    }

    @Test
    void withoutAFinalFormTheJournalSettingsAreAskedFor() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = answered(room);

        assertTrue(room.teacherWeb().get(s.page()).contains("Журнал баптауларында «Қорытынды аттестаттау нысаны» өрісін толтырыңыз."));
        WebClient.Page refused = grade(room, s, Map.of("points", "70"));

        assertEquals(409, refused.status());
        assertNull(room.grade(s, "final"));
    }

    /**
     * The old dead end: online, a student in a slot (so the journal is locked) and no final form.
     * The settings tab still lets the teacher choose the missing form, and only that; then grading works.
     */
    @Test
    void aLockedJournalWithoutAFinalFormLetsTheTeacherChooseItAndThenGrade() {
        ExamRoom room = new ExamRoom(server, true);
        ExamRoom.Student s = answered(room);
        assertEquals(409, grade(room, s, Map.of("points", "70")).status());
        String settings = "/journal/" + room.stream + "/settings";
        WebClient teacher = room.teacherWeb();

        String way = "/journal/" + room.stream + "?tab=settings";
        assertTrue(teacher.get(s.page()).contains("href=\"" + way + "\" data-oa-journal-settings"),
                "the exam page leads to the journal settings");
        WebClient.Page tab = teacher.get(way);
        assertTrue(tab.contains("data-form-needed"), tab.body());
        assertFalse(Pattern.compile("<select id=\"finalForm\"[^>]*disabled").matcher(tab.body()).find(),
                "the missing form can be chosen");
        assertTrue(Pattern.compile("<select id=\"finalGradeToBeSet\"[^>]*disabled").matcher(tab.body()).find(),
                "the rest stays locked");
        Map<String, String> form = new HashMap<>(hiddenFields(tab.body()));
        form.put("finalGradeToBeSet", "false");
        form.put("finalForm", "WRITTEN");
        WebClient.Page refused = teacher.post(settings, form);
        assertEquals(409, refused.status(), "choosing the form does not open the other locked fields");
        assertTrue(refused.contains("data-form-error"), refused.body());

        form.remove("finalGradeToBeSet");
        form.putAll(hiddenFields(teacher.get("/journal/" + room.stream + "?tab=settings").body()));
        form.put("finalForm", "WRITTEN");
        assertEquals(303, teacher.post(settings, form).status());
        assertEquals(List.of("WRITTEN"), room.strings("SELECT final_form FROM journal WHERE stream_id = ?", room.stream));

        form.put("finalForm", "ORAL");
        assertEquals(409, teacher.post(settings, form).status(), "once chosen, the form is locked like the rest");
        assertEquals(303, grade(room, s, Map.of("points", "70")).status());
        assertEquals("70", room.grade(s, "final"));
    }

    /** The hidden fields of the journal settings form, as a browser sends them. */
    private static Map<String, String> hiddenFields(String page) {
        String form = page.substring(page.indexOf("data-journal-settings"), page.indexOf("</form>", page.indexOf("data-journal-settings")));
        Map<String, String> fields = new HashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").matcher(form);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    @Test
    void anAbsenceReplacesTheGradeAndReachesTheJournal() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN_ORAL");
        ExamRoom.Student s = answered(room);
        grade(room, s, Map.of("written", "60", "oral", "70", "total", ""));

        assertEquals(303, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "EXCUSED")).status());

        assertEquals("absent.excused", room.grade(s, "final"));
        assertNull(room.grade(s, "final.written"));
        String journal = room.teacherWeb().get("/journal/" + room.stream).body();
        assertTrue(journal.contains("<span data-readonly>Қатыспады (дәлелді себеппен)</span>"),
                "the journal tells an absence from a grade not set yet:\n" + journal);
        assertEquals(303, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "UNEXCUSED")).status());
        assertEquals("absent.unexcused", room.grade(s, "final"));
        assertTrue(room.teacherWeb().get("/journal/" + room.stream).contains("Қатыспады (дәлелсіз)"));
        assertEquals(303, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "EXCUSED")).status());
        assertEquals("EXCUSED", room.sitting(s, "absence"));
        assertEquals(400, room.teacherWeb().post(s.page() + "/absence", Map.of("absence", "SICK")).status());
        assertEquals("EXCUSED", room.sitting(s, "absence"));
    }

    @Test
    void theStudentCannotGradeThemself() {
        ExamRoom room = new ExamRoom(server, true);
        room.finalForm("WRITTEN");
        ExamRoom.Student s = answered(room);
        s.web().get(s.page());

        assertEquals(403, s.web().post(s.page() + "/grade", Map.of("points", "100")).status());
        assertNull(room.grade(s, "final"));
    }
}
