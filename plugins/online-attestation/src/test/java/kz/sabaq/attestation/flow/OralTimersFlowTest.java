package kz.sabaq.attestation.flow;

import static kz.sabaq.attestation.flow.Exam.hides;
import static kz.sabaq.attestation.flow.Exam.shows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * EKU's oral exam online (seed 002, §6.15.6): once the student has read the ticket's questions the
 * slot shows the preparation time (up to 20 minutes) and then the answer time (10-15 minutes), both
 * counted by the server's clock from the moment of reading, so a reload shows the same times.
 */
class OralTimersFlowTest {

    /** A slot 10:00-12:00 on 21 September with one ticket; the student reads its questions at 10:05. */
    private static Exam readsQuestionsAtFivePast(College college) {
        Staff staff = new Staff(college);
        College.User student = college.student("Темірханова", "Аружан");
        staff.settings("random");
        staff.conductOnline("written-oral");
        long slot = staff.distribute("2026-09-21", "10:00", "12:00", student);
        Tickets tickets = new Tickets(college, staff);
        tickets.count(1);
        tickets.add(1, "<p>1. Функцияның шегі</p>", null, null);
        college.at("2026-09-21T10:05");
        tickets.generate(slot);
        tickets.send(slot);
        Exam exam = new Exam(college, student);
        exam.showQuestions();
        return exam;
    }

    @Test
    void preparationThenAnswerCountedFromReadingTheQuestions() {
        try (College college = new College(Map.of("online-attestation",
                Map.of("oralPreparationMinutes", 20, "oralAnswerMinutes", 15)))) {
            Exam exam = readsQuestionsAtFivePast(college);

            WebClient.Page preparing = exam.open();
            assertEquals("10:05–10:25", Html.text(preparing, "data-oa-oral-preparation"));
            assertEquals("10:25–10:40", Html.text(preparing, "data-oa-oral-answer"));
            assertEquals("Дайындалуға 20 мин қалды", Html.text(preparing, "data-oa-oral-left"));

            college.at("2026-09-21T10:17:30");
            assertEquals("Дайындалуға 8 мин қалды", Html.text(exam.open(), "data-oa-oral-left"), "a reload keeps counting");

            college.at("2026-09-21T10:30");
            WebClient.Page answering = exam.open();
            shows(answering, "data-oa-oral=\"answer\"");
            assertEquals("Жауап беруге 10 мин қалды", Html.text(answering, "data-oa-oral-left"));

            college.at("2026-09-21T10:40");
            assertEquals("Ауызша жауап уақыты аяқталды", Html.text(exam.open(), "data-oa-oral-left"));
        }
    }

    @Test
    void noTimersWhereTheInstitutionSetsNoPreparationTime() {
        try (College college = new College()) {
            hides(readsQuestionsAtFivePast(college).open(), "data-oa-oral");
        }
    }
}
