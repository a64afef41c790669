package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
