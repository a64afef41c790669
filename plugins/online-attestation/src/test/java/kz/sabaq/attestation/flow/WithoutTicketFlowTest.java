package kz.sabaq.attestation.flow;

import static kz.sabaq.attestation.flow.Exam.hides;
import static kz.sabaq.attestation.flow.Exam.shows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.FormFields;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * An online final control without tickets: the teacher writes each student an individual task,
 * the student reads it once the slot starts and answers; an excused absence clears a grade.
 */
class WithoutTicketFlowTest {

    @Test
    void anIndividualTaskIsAnsweredAndAnExcusedAbsenceClearsTheGrade() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");

            staff.settings("random");
            staff.conductOnline("letter");
            WebClient web = college.teacher.web();
            WebClient.Page stream = staff.openFromList();
            shows(stream, "data-mode=\"ticket\"");
            WebClient.Page editing = web.get(Html.href(stream, "data-action=\"edit-mode\""));
            WebClient.Page changed = Html.form(editing, "/mode").with("conduct", "task").submit(web);
            assertEquals(staff.streamPage(), Html.path(changed));
            WebClient.Page task = web.get(staff.streamPage());
            shows(task, "data-mode=\"task\"");
            hides(task, "data-action=\"tickets\"");

            long slot = staff.distribute("2026-09-23", "09:00", "11:00", aigerim, bolat);
            assertTrue(slot > 0);

            // The teacher writes Aigerim's individual task from her page.
            Exam a = new Exam(college, aigerim);
            Exam b = new Exam(college, bolat);
            WebClient.Page hers = web.get(Html.href(web.get(staff.streamPage()), "href=\"" + a.page() + "\""));
            assertEquals(200, hers.status(), hers.body());
            WebClient.Page saved = Html.form(hers, "action=\"" + a.page() + "/task\"")
                    .with("task", "<p>Жеке тапсырма: <b>Абай</b> өлеңдерін талдаңыз.</p><script>alert(1)</script>")
                    .submit(web);
            assertEquals(a.page(), Html.path(saved));

            // Before the slot starts the student does not see the task yet.
            college.at("2026-09-23T08:50");
            WebClient.Page early = a.openFromMine();
            hides(early, "data-oa-task", "data-oa-answer-form");

            college.at("2026-09-23T09:10");
            WebClient.Page open = a.open();
            String text = Html.text(open, "data-oa-task");
            assertTrue(text.contains("Абай өлеңдерін талдаңыз"), text);
            hides(open, "<script>alert(1)</script>", "data-oa-wait");
            shows(open, "data-oa-answer-form");

            // Too short an answer is refused and nothing is sent; a proper one is sent.
            WebClient.Page tooShort = a.student.web().post(a.page() + "/answer",
                    FormFields.of("body", "<p>қысқа</p>").add("action", "send"));
            assertEquals(400, tooShort.status(), tooShort.body());
            assertNull(college.sitting(aigerim, "answer_sent_at"));
            WebClient.Page sent = a.sendAnswer("<p>Абайдың «Күз» өлеңінде табиғат пен адам көңіл-күйі қатар суреттеледі.</p>",
                    Map.of());
            shows(sent, "data-oa-sent", "data-oa-answer-text");
            assertNotNull(college.sitting(aigerim, "answer_sent_at"));

            // Grades: Aigerim's stays; Bolat's is cleared when his absence is excused.
            grade(college, staff, a, "95");
            hides(web.get(b.page()), "action=\"" + b.page() + "/grade\"");
            college.at("2026-09-23T11:30");
            grade(college, staff, b, "70");
            assertEquals("70", college.grade(bolat, "final"));
            assertEquals("70", staff.cell(bolat, "grade"));
            WebClient.Page his = web.get(b.page());
            WebClient.Page excused = Html.form(his, "action=\"" + b.page() + "/absence\"").with("absence", "EXCUSED")
                    .submit(web);
            assertEquals(b.page() + "?saved=absence", Html.path(excused));
            assertEquals("absent.excused", college.grade(bolat, "final"), "the excused absence replaced the grade");
            assertEquals("EXCUSED", college.sitting(bolat, "absence"));
            assertEquals("Жоқ (дәлелді себеппен)", staff.cell(bolat, "grade"), "the grade cell names the excused absence");
            shows(b.open(), "data-oa-absence");
            assertEquals("95", college.grade(aigerim, "final"));
            String row = RandomTicketFlowTest.row(web.get(staff.journal()).body(), "Бекұлы");
            assertTrue(RandomTicketFlowTest.cell(row, "final").contains("data-readonly"), row);
            assertTrue(RandomTicketFlowTest.cell(row, "final").contains("Қатыспады (дәлелді себеппен)"), row);
        }
    }

    private static void grade(College college, Staff staff, Exam exam, String points) {
        WebClient web = college.teacher.web();
        WebClient.Page page = web.get(exam.page());
        WebClient.Page graded = Html.form(page, "action=\"" + exam.page() + "/grade\"").with("points", points).submit(web);
        assertEquals(exam.page() + "?saved=grade", Html.path(graded), graded.body());
        assertEquals(points, college.grade(exam.student, "final"));
    }
}
