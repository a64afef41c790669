package kz.sabaq.attestation.flow;

import static kz.sabaq.attestation.flow.Exam.hides;
import static kz.sabaq.attestation.flow.Exam.shows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.attestation.staff.OnlineFlag;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The whole online final control by ticket with random ticket numbers, over HTTP against the real
 * server and database: journal option, stream page, slot, tickets, questions, answer, grade, and
 * the journal showing the grade read-only.
 */
class RandomTicketFlowTest {

    @Test
    void fromTheJournalOptionToTheGradeInTheJournal() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");

            // Before the administrator allows the study term, the journal offers no option.
            WebClient.Page tab = college.teacher.web().get(staff.journal() + "?tab=settings");
            assertEquals(200, tab.status(), tab.body());
            assertFalse(tab.contains(Staff.OPTION), "not offered while the study term is not allowed");
            assertEquals(403, college.teacher.web().get("/online-attestation/settings").status(), "a teacher has no settings");

            staff.settings("random");
            staff.conductOnline("written-oral");
            WebClient.Page stream = staff.openFromList();
            shows(stream, "data-mode=\"ticket\"", "data-action=\"distribute\"");

            long slot = staff.distribute("2026-09-21", "10:00", "12:00", aigerim, bolat);
            WebClient.Page locked = college.teacher.web().get(staff.journal() + "?tab=settings");
            String box = Html.tag(locked.body(), "id=\"opt-" + OnlineFlag.KEY + "\"").orElseThrow();
            assertTrue(box.contains("disabled") && box.contains("checked"), "locked once a student has a slot: " + box);

            Tickets tickets = new Tickets(college, staff);
            tickets.count(2);
            tickets.add(1, "<p>1. Ньютонның бірінші заңы</p>", null, null);
            byte[] scheme = "схема: күштер".getBytes(StandardCharsets.UTF_8);
            tickets.add(2, "<p>2. Импульстің сақталу заңы</p>", "scheme.txt", scheme);
            shows(college.teacher.web().get(staff.streamPage()), "data-tickets-summary");

            // The slot's day, before it starts: the student sees the final control, without a ticket.
            college.at("2026-09-21T09:30");
            Exam a = new Exam(college, aigerim);
            Exam b = new Exam(college, bolat);
            WebClient.Page early = a.openFromMine();
            hides(early, "data-oa-ticket", "data-oa-questions", "data-oa-answer-form");

            college.at("2026-09-21T10:05");
            tickets.generate(slot);
            String ticketA = college.sitting(aigerim, "ticket_number");
            String ticketB = college.sitting(bolat, "ticket_number");
            assertEquals(Set.of("1", "2"), Set.of(ticketA, ticketB), "each ticket once in the stream");
            assertEquals(ticketA, staff.cell(aigerim, "ticket"), "the stream page shows the ticket number");

            // Before the questions are sent: "please wait".
            WebClient.Page page = a.open();
            assertEquals(ticketA, Html.text(page, "data-oa-ticket"));
            WebClient.Page waiting = a.showQuestions();
            shows(waiting, "data-oa-wait");
            hides(waiting, "data-oa-questions", "data-oa-answer-form");
            assertNull(college.sitting(aigerim, "questions_viewed_at"));

            tickets.send(slot);
            assertNotNull(college.sitting(aigerim, "questions_sent_at"));
            assertNotNull(college.sitting(bolat, "questions_sent_at"));

            WebClient.Page questions = a.showQuestions();
            hides(questions, "data-oa-wait");
            String expected = ticketA.equals("1") ? "Ньютонның бірінші заңы" : "Импульстің сақталу заңы";
            assertTrue(Html.text(questions, "data-oa-questions").contains(expected), questions.body());
            assertNotNull(college.sitting(aigerim, "questions_viewed_at"));
            assertFalse(staff.cell(aigerim, "viewed").isEmpty(), "the stream page shows when the questions were viewed");

            // The holder of ticket 2 downloads its file.
            Exam holder = ticketA.equals("2") ? a : b;
            WebClient.Page hq = holder.showQuestions();
            String fileHref = Html.href(hq, "data-oa-ticket-file");
            WebClient.Page file = holder.student.web().get(fileHref);
            assertEquals(200, file.status());
            assertEquals("схема: күштер", file.body());
            assertNotEquals(200, (ticketA.equals("2") ? b : a).student.web().get(fileHref).status(),
                    "another student cannot open the ticket's file");

            // The answer: text of at least ten characters and a file, sent at once.
            WebClient.Page sent = a.sendAnswer("<p>Дене тыныштықта немесе бірқалыпты қозғалыста қалады.</p>",
                    Map.of("answer.txt", "жауап файлы".getBytes(StandardCharsets.UTF_8)));
            shows(sent, "data-oa-sent", "data-oa-answer-text", "answer.txt");
            hides(sent, "data-oa-answer-form");
            assertNotNull(college.sitting(aigerim, "answer_sent_at"));
            assertFalse(staff.cell(aigerim, "sent").isEmpty());

            // The teacher opens the student from the stream page and grades: written, oral, total.
            WebClient web = college.teacher.web();
            WebClient.Page streamNow = web.get(staff.streamPage());
            WebClient.Page studentPage = web.get(Html.href(streamNow, "href=\"" + a.page() + "\""));
            assertEquals(200, studentPage.status(), studentPage.body());
            shows(studentPage, "data-oa-answer-text", "answer.txt");
            WebClient.Page graded = Html.form(studentPage, "action=\"" + a.page() + "/grade\"")
                    .with("written", "80").with("oral", "90").with("total", "").submit(web);
            assertEquals(a.page() + "?saved=grade", Html.path(graded));
            assertEquals("85", college.grade(aigerim, "final"));
            assertEquals("80", college.grade(aigerim, "final.written"));
            assertEquals("90", college.grade(aigerim, "final.oral"));
            assertEquals("85", staff.cell(aigerim, "grade"));
            shows(a.open(), "data-oa-grade");

            // The journal shows the grade, its final cells read-only; the option stays locked.
            WebClient.Page journal = web.get(staff.journal());
            assertEquals(200, journal.status(), journal.body());
            shows(journal, "data-final-owned");
            String row = row(journal.body(), "Әбдіхалық");
            for (Map.Entry<String, String> c : Map.of("final", "85", "final.written", "80", "final.oral", "90").entrySet()) {
                String cell = cell(row, c.getKey());
                assertTrue(cell.contains("data-readonly"), "read-only: " + cell);
                assertFalse(cell.contains("<input"), "no input: " + cell);
                assertTrue(cell.contains(">" + c.getValue() + "<"), c + " in " + cell);
            }
            WebClient.Page settings = web.get(staff.journal() + "?tab=settings");
            shows(settings, "data-form-locked");
            // Turning the option off is refused by the server too, and changes nothing.
            Html.Form form = Html.form(settings, "data-journal-settings");
            List<Map.Entry<String, String>> without = form.fields().stream()
                    .filter(f -> !f.getKey().equals(OnlineFlag.KEY)).toList();
            WebClient.Page refused = new Html.Form(form.action(), form.method(), form.enctype(), without, form.html())
                    .submit(web);
            assertEquals(409, refused.status(), refused.body());
            assertEquals("1", college.one("SELECT online FROM oa_stream WHERE stream_id = ?", college.stream));
        }
    }

    /** The journal table's row of the student (by surname). */
    static String row(String body, String surname) {
        int at = body.indexOf(surname);
        assertTrue(at >= 0, "the student's row in the journal");
        int start = body.lastIndexOf("<tr", at);
        return body.substring(start, body.indexOf("</tr>", at));
    }

    static String cell(String row, String kind) {
        int at = row.indexOf("data-cell=\"" + kind + "\"");
        assertTrue(at >= 0, "cell " + kind + " in " + row);
        return row.substring(at, row.indexOf("</td>", at));
    }
}
