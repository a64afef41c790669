package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** Details of seed 001 an audit found wrong, each walked over HTTP as the role involved. */
class SeedDetailsFlowTest {

    @Test
    void theStudentModuleGoesOnlyToTheStudentRole() {
        try (College college = new College()) {
            WebClient admin = college.admin.web();
            String teacherRole = "/admin/roles/" + college.one("SELECT id FROM role WHERE code = 'teacher'");
            String studentRole = "/admin/roles/" + college.one("SELECT id FROM role WHERE code = 'student'");
            WebClient.Page teacherPage = admin.get(teacherRole);
            assertEquals(200, teacherPage.status(), teacherPage.body());
            assertFalse(teacherPage.contains("value=\"online-attestation.student\""), "not offered to the teacher");
            assertTrue(admin.get(studentRole).contains("value=\"online-attestation.student\""));

            Html.Form form = Html.form(teacherPage, "action=\"" + teacherRole + "\"");
            WebClient.Page refused = form.add("module", "online-attestation.student")
                    .add("mode:online-attestation.student", "READ").submit(admin);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.contains("Онлайн аралық аттестаттау (білім алушы)"), refused.body());
            assertNull(college.one("SELECT mode FROM role_module rm JOIN role r ON r.id = rm.role_id "
                    + "WHERE r.code = 'teacher' AND rm.module_id = 'online-attestation.student'"));
        }
    }

    @Test
    void placeTicketsIsNotOfferedToAStudentHoldingAGeneratedTicket() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            College.User aigerim = college.student("Әбдіхалық", "Айгерім");
            College.User bolat = college.student("Бекұлы", "Болат");
            staff.settings("self-select");
            staff.conductOnline("WRITTEN");
            long slot = staff.distribute("2026-09-21", "10:00", "12:00", aigerim, bolat);
            Tickets tickets = new Tickets(college, staff);
            tickets.count(2);
            tickets.add(1, "<p>1. Ньютонның бірінші заңы</p>", null, null);
            tickets.add(2, "<p>2. Импульстің сақталу заңы</p>", null, null);
            college.at("2026-09-21T10:05");

            // Aigerim could not choose: the teacher generates her a ticket at random.
            String generate = staff.slotAction(slot, "generate").orElseThrow();
            WebClient teacher = college.teacher.web();
            Html.Form form = Html.form(teacher.get(generate), "action=\"" + generate + "\"")
                    .add("student", String.valueOf(aigerim.id()));
            assertEquals(staff.streamPage(), Html.path(form.submit(teacher)));
            assertEquals("GENERATED", college.sitting(aigerim, "ticket_source"));

            String place = staff.slotAction(slot, "place").orElseThrow();
            Html.Form dialog = Html.form(teacher.get(place), "action=\"" + place + "\"");
            assertEquals(List.of(String.valueOf(bolat.id())), dialog.checkboxes("student"), "only Bolat has no ticket");
            WebClient.Page refused = dialog.add("student", String.valueOf(aigerim.id())).submit(teacher);
            assertEquals(409, refused.status(), refused.body());
            assertNull(college.sitting(aigerim, "placed_at"));
            WebClient.Page page = new Exam(college, aigerim).open();
            assertFalse(page.contains("data-oa-tiles"), "no ticket choice for a holder of a ticket");
        }
    }

    @Test
    void theTicketsSummaryShowsWhenATicketWasLastSaved() {
        try (College college = new College()) {
            Staff staff = new Staff(college);
            college.student("Әбдіхалық", "Айгерім");
            staff.settings("random");
            staff.conductOnline("WRITTEN");
            college.at("2026-09-14T09:00");
            Tickets tickets = new Tickets(college, staff);
            tickets.count(2);
            college.at("2026-09-15T11:30");
            tickets.add(1, "<p>1. Ньютонның бірінші заңы</p>", null, null);

            String summary = Html.text(college.teacher.web().get(staff.streamPage()), "data-tickets-summary");
            assertTrue(summary.contains("15.09.2026 11:30"), summary);
            assertFalse(summary.contains("14.09.2026"), "not the count's date: " + summary);
        }
    }
}
