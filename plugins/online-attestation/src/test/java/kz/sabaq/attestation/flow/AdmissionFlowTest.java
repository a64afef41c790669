package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Admission is enforced over HTTP: a student below the minimum admission rating (default 50) is
 * not distributed, gets no ticket or questions and is not graded, with the attendance plugin on or
 * off, until an authorised person records "admitted by decision" with a reason (audited).
 */
class AdmissionFlowTest {

    @Test
    void belowTheRatingNoSlotUntilAdmittedByDecision() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            Admission admission = new Admission(college, staff);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");
            staff.settings("random");
            staff.conductOnline("written-oral");
            admission.rating(aigerim, "10");
            admission.rating(bolat, "80");

            WebClient teacher = college.teacher.web();
            assertTrue(admission.row(teacher, aigerim).contains("data-not-admitted"));
            assertFalse(admission.row(teacher, bolat).contains("data-not-admitted"));
            assertFalse(admission.row(teacher, aigerim).contains("data-action=\"admit\""), "a teacher may not admit");

            // The dialog lists her disabled; sending her anyway is refused and nothing is saved.
            WebClient.Page dialog = teacher.get(staff.streamPage() + "/distribute");
            Html.Form form = Html.form(dialog, "data-oa-distribute");
            assertTrue(Html.tag(dialog.body(), "value=\"" + aigerim.id() + "\"").orElseThrow().contains("disabled"));
            assertTrue(dialog.contains("data-not-admitted"), dialog.body());
            WebClient.Page refused = form.with("date", "2026-09-21").with("start", "10:00").with("end", "12:00")
                    .add("student", String.valueOf(aigerim.id())).add("student", String.valueOf(bolat.id()))
                    .submit(teacher);
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("емтиханға жіберілмейді"), refused.body());
            assertNull(college.sitting(aigerim, "slot_id"));
            assertNull(college.sitting(bolat, "slot_id"), "the refused distribution saved no one");

            String decision = "/online-attestation/streams/" + college.stream + "/admission/" + aigerim.id();
            assertEquals(403, teacher.get(decision).status());

            // The administrator admits her by decision; a decision needs its reason.
            WebClient admin = college.admin.web();
            assertEquals(decision, Html.href(admin.get(staff.streamPage()), "data-action=\"admit\""));
            WebClient.Page page = admin.get(decision);
            assertTrue(page.contains("data-rules-verdict=\"not-admitted\""), page.body());
            WebClient.Page noReason = Html.form(page, "data-oa-admission").with("reason", "  ").submit(admin);
            assertEquals(400, noReason.status(), noReason.body());
            assertNull(college.one("SELECT reason FROM oa_admission_decision WHERE student_id = ?", aigerim.id()));
            WebClient.Page admitted = Html.form(page, "data-oa-admission")
                    .with("reason", "Деканның өкімі № 12, ауруы бойынша").submit(admin);
            assertEquals(staff.streamPage(), Html.path(admitted), admitted.body());
            assertEquals("Деканның өкімі № 12, ауруы бойынша",
                    college.one("SELECT reason FROM oa_admission_decision WHERE student_id = ?", aigerim.id()));
            assertTrue(college.one("SELECT details FROM audit_event WHERE action = 'online-attestation.admission.decision' "
                    + "AND object = ?", "oa-admission:" + college.stream + ":" + aigerim.id()).contains("№ 12"));
            String row = admission.row(teacher, aigerim);
            assertFalse(row.contains("data-not-admitted"), row);
            assertTrue(row.contains("data-admitted-by-decision"), row);

            staff.distribute("2026-09-21", "10:00", "12:00", aigerim, bolat);
        }
    }

    @Test
    void notAdmittedLaterGetsNoTicketNoQuestionsAndNoGrade() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            Admission admission = new Admission(college, staff);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");
            staff.settings("random");
            staff.conductOnline("letter");
            long slot = staff.distribute("2026-09-21", "10:00", "12:00", aigerim, bolat);
            Tickets tickets = new Tickets(college, staff);
            tickets.count(2);
            tickets.add(1, "<p>1. Ньютонның бірінші заңы</p>", null, null);
            tickets.add(2, "<p>2. Импульстің сақталу заңы</p>", null, null);

            college.at("2026-09-21T10:05");
            admission.rating(aigerim, "10");
            tickets.generate(slot);
            assertNull(college.sitting(aigerim, "ticket_number"), "the dialog did not list her");
            assertTrue(college.sitting(bolat, "ticket_number") != null);
            String generate = staff.slotAction(slot, "generate").orElseThrow();
            WebClient.Page refused = Html.form(college.teacher.web().get(generate), "action=\"" + generate + "\"")
                    .add("student", String.valueOf(aigerim.id())).submit(college.teacher.web());
            assertEquals(409, refused.status(), refused.body());
            assertNull(college.sitting(aigerim, "ticket_number"));

            // Admitted again (rating 60), she gets her ticket and the questions; then falls below again.
            admission.rating(aigerim, "60");
            tickets.generate(slot);
            tickets.send(slot);
            admission.rating(aigerim, "10");
            Exam a = new Exam(college, aigerim);
            WebClient.Page page = a.open();
            WebClient.Page questions = Html.form(page, "action=\"" + a.page() + "/questions\"").submit(aigerim.web());
            assertEquals(409, questions.status(), questions.body());
            assertNull(college.sitting(aigerim, "questions_viewed_at"));

            college.at("2026-09-21T12:05");
            WebClient teacher = college.teacher.web();
            WebClient.Page studentPage = teacher.get(a.page());
            WebClient.Page graded = Html.form(studentPage, "action=\"" + a.page() + "/grade\"").with("points", "86")
                    .submit(teacher);
            assertEquals(409, graded.status(), graded.body());
            assertNull(college.grade(aigerim, "final"), "not graded");

            Exam b = new Exam(college, bolat);
            WebClient.Page bolatPage = teacher.get(b.page());
            WebClient.Page ok = Html.form(bolatPage, "action=\"" + b.page() + "/grade\"").with("points", "86")
                    .submit(teacher);
            assertEquals(b.page() + "?saved=grade", Html.path(ok), ok.body());
            assertEquals("86", college.grade(bolat, "final"));
        }
    }

    @Test
    void withTheAttendancePluginOnTheRatingRuleStillApplies() {
        try (College college = new College(Map.of("attendance-qr", Map.of()))) {
            Staff staff = new Staff(college);
            Admission admission = new Admission(college, staff);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            staff.settings("random");
            staff.conductOnline("letter");
            assertFalse(admission.row(college.teacher.web(), aigerim).contains("data-not-admitted"),
                    "no absences, no rating yet: admitted");
            admission.rating(aigerim, "10");
            assertTrue(admission.row(college.teacher.web(), aigerim).contains("data-not-admitted"),
                    "attendance admits her, the rating 10 does not");
        }
    }
}
