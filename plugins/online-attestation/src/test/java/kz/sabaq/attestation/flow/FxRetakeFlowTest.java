package kz.sabaq.attestation.flow;

import static kz.sabaq.attestation.flow.Exam.hides;
import static kz.sabaq.attestation.flow.Exam.shows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * FX and F over HTTP (seed 003 §5.3.18–5.3.19), on the letter scale: FX lets the student sit the
 * final control once more in the same stream (a second sitting, distributed, given a ticket and
 * questions, answered and graded like the first, its grade replacing FX in the journal) while the
 * first sitting is kept as it was and audited; F, or FX once the retakes the setting allows are
 * used, means re-enrolment: no further sitting, said so to staff and to the student.
 */
class FxRetakeFlowTest {

    @Test
    void fxSitsOnceMoreAndFMeansReenrolment() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");
            staff.settings("random");
            staff.conductOnline("letter");
            Tickets tickets = new Tickets(college, staff);
            tickets.count(3);
            for (int n = 1; n <= 3; n++) {
                tickets.add(n, "<p>" + n + ". Термодинамиканың заңдары</p>", null, null);
            }
            long first = staff.distribute("2026-09-21", "10:00", "12:00", aigerim, bolat);
            college.at("2026-09-21T10:05");
            tickets.generate(first);
            tickets.send(first);
            Exam a = new Exam(college, aigerim);
            Exam b = new Exam(college, bolat);
            a.showQuestions();
            a.sendAnswer("<p>Бірінші тапсырудағы жауабым.</p>", Map.of("first.txt", "сызба".getBytes(StandardCharsets.UTF_8)));
            b.showQuestions();
            b.sendAnswer("<p>Болаттың жауабы, он таңбадан артық.</p>", Map.of());
            String firstTicket = college.sitting(aigerim, "ticket_number");
            grade(college, a, "40");
            grade(college, b, "10");
            assertEquals("40", college.grade(aigerim, "final"));

            // Staff see FX with its retake and F with re-enrolment; so does each student.
            college.at("2026-09-21T12:30");
            assertTrue(row(college, staff, aigerim).contains("data-retake-allowed"));
            assertTrue(row(college, staff, bolat).contains("data-reenrol"));
            assertFalse(row(college, staff, bolat).contains("data-retake-allowed"));
            shows(a.openFromMine(), "data-oa-retake-allowed");
            WebClient.Page bPage = b.open();
            shows(bPage, "data-oa-reenrol", "осы оқу пәніне қайта жазылады");
            hides(bPage, "data-oa-retake-allowed");
            assertTrue(bolat.web().get("/online-attestation/mine").contains("data-oa-reenrol"));

            // The dialog offers Aigerim again as a retake, not Bolat; sending Bolat anyway is refused.
            WebClient teacher = college.teacher.web();
            WebClient.Page dialog = teacher.get(staff.streamPage() + "/distribute");
            List<String> offered = Html.form(dialog, "data-oa-distribute").checkboxes("student");
            assertTrue(offered.contains(String.valueOf(aigerim.id())), dialog.body());
            assertFalse(offered.contains(String.valueOf(bolat.id())), dialog.body());
            assertTrue(dialog.contains("data-retake"));
            WebClient.Page refused = Html.form(dialog, "data-oa-distribute").with("date", "2026-09-22")
                    .with("start", "10:00").with("end", "12:00").add("student", String.valueOf(bolat.id()))
                    .submit(teacher);
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.contains("осы оқу пәніне қайта жазылу керек"), refused.body());
            assertEquals(String.valueOf(first), college.sitting(bolat, "slot_id"), "nothing changed");
            assertEquals("0", college.one("SELECT COUNT(*) FROM oa_sitting_attempt WHERE stream_id = ?", college.stream));

            // The retake: a second sitting in the same stream; the first is kept as it was, audited.
            long second = staff.distribute("2026-09-22", "10:00", "12:00", aigerim);
            assertEquals(String.valueOf(second), college.sitting(aigerim, "slot_id"));
            assertEquals("2", college.sitting(aigerim, "attempt"));
            assertNull(college.sitting(aigerim, "ticket_number"));
            assertEquals(List.of("1", String.valueOf(first), firstTicket, "40"), college.strings(
                    "SELECT attempt FROM oa_sitting_attempt WHERE student_id = ? UNION ALL "
                    + "SELECT slot_id FROM oa_sitting_attempt WHERE student_id = ? UNION ALL "
                    + "SELECT ticket_number FROM oa_sitting_attempt WHERE student_id = ? UNION ALL "
                    + "SELECT grade FROM oa_sitting_attempt WHERE student_id = ?",
                    aigerim.id(), aigerim.id(), aigerim.id(), aigerim.id()));
            assertEquals("first.txt", college.one("SELECT file_name FROM oa_sitting_attempt_file WHERE student_id = ?",
                    aigerim.id()));
            assertTrue(college.one("SELECT details FROM audit_event WHERE action = 'online-attestation.retake' AND object = ?",
                    "oa-sitting:" + college.stream + ":" + aigerim.id()).contains("\"nextAttempt\":2"));
            assertNull(college.grade(aigerim, "final"), "the journal waits for the retake's grade");
            assertTrue(college.one("SELECT details FROM audit_event WHERE action = 'core.journal.grade' "
                    + "AND details LIKE '%online-attestation.retake%' ORDER BY id DESC LIMIT 1").contains("40"),
                    "FX leaves the journal audited, with its value before");
            String retakeRow = row(college, staff, aigerim);
            assertTrue(retakeRow.contains("data-retake"), retakeRow);
            assertFalse(retakeRow.contains("data-reenrol") || retakeRow.contains("data-retake-allowed"),
                    "the retake in progress is judged by its own grade: " + retakeRow);
            hides(a.open(), "data-oa-reenrol", "data-oa-retake-allowed");

            // The retake runs like any sitting: ticket, questions, answer, grade into the journal.
            college.at("2026-09-22T10:05");
            tickets.generate(second);
            tickets.send(second);
            assertNotNull(college.sitting(aigerim, "ticket_number"));
            WebClient.Page questions = a.showQuestions();
            shows(questions, "data-oa-questions", "data-oa-attempt");
            String answerBlock = questions.body().substring(questions.body().indexOf("data-oa-answer-form"));
            answerBlock = answerBlock.substring(0, answerBlock.indexOf("</form>"));
            assertFalse(answerBlock.contains("Бірінші тапсырудағы жауабым"), "the new sitting starts with no answer");
            assertFalse(answerBlock.contains("first.txt"), "nor the first sitting's files");
            shows(questions, "data-oa-past-attempt=\"1\"");
            a.sendAnswer("<p>Қайта тапсырудағы жауабым.</p>", Map.of());
            grade(college, a, "72");
            assertEquals("72", college.grade(aigerim, "final"), "the journal has the retake's result");

            // The first sitting stays readable on the page, with its answer, file and FX.
            WebClient.Page page = teacher.get(a.page());
            shows(page, "data-oa-past-attempt=\"1\"", "Бірінші тапсырудағы жауабым", "first.txt", "40 (FX)");
            hides(page, "data-oa-retake-allowed", "data-oa-reenrol");
            shows(a.open(), "data-oa-past-attempt=\"1\"");
        }
    }

    @Test
    void fxOnceTheRetakesAreUsedMeansReenrolment() {
        try (College college = new College(Map.of("online-attestation", Map.of("fxRetakes", 0)))) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            staff.settings("random");
            staff.conductOnline("letter");
            Tickets tickets = new Tickets(college, staff);
            tickets.count(1);
            tickets.add(1, "<p>1. Оптика</p>", null, null);
            long slot = staff.distribute("2026-09-21", "10:00", "12:00", aigerim);
            college.at("2026-09-21T10:05");
            tickets.generate(slot);
            tickets.send(slot);
            Exam a = new Exam(college, aigerim);
            a.showQuestions();
            a.sendAnswer("<p>Жарықтың сынуы туралы жауап.</p>", Map.of());
            grade(college, a, "30");

            assertTrue(row(college, staff, aigerim).contains("data-reenrol"));
            shows(a.open(), "data-oa-reenrol");
            assertFalse(college.teacher.web().get(staff.streamPage()).contains("data-action=\"distribute\""),
                    "nobody left to distribute");
            WebClient.Page refused = college.teacher.web().post(staff.streamPage() + "/distribute", Map.of(
                    "date", "2026-09-22", "start", "10:00", "end", "12:00", "student", String.valueOf(aigerim.id())));
            assertEquals(409, refused.status(), refused.body());
            assertEquals("1", college.sitting(aigerim, "attempt"));
        }
    }

    private static void grade(College college, Exam exam, String points) {
        WebClient web = college.teacher.web();
        WebClient.Page page = web.get(exam.page());
        WebClient.Page graded = Html.form(page, "action=\"" + exam.page() + "/grade\"").with("points", points).submit(web);
        assertEquals(exam.page() + "?saved=grade", Html.path(graded), graded.body());
    }

    private static String row(College college, Staff staff, College.User student) {
        String body = college.teacher.web().get(staff.streamPage()).body();
        int at = body.indexOf("<tr data-student=\"" + student.id() + "\">");
        assertTrue(at >= 0, "the student's row");
        return body.substring(at, body.indexOf("</tr>", at));
    }
}
