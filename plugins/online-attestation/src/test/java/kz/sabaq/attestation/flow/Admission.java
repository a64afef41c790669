package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kz.sabaq.core.testing.WebClient;

/** The admission steps of the flow: the teacher's admission rating in the journal, and the stream page's markers. */
final class Admission {
    private final College college;
    private final Staff staff;

    Admission(College college, Staff staff) {
        this.college = college;
        this.staff = staff;
    }

    /** The teacher types the student's admission rating into the journal and saves. */
    void rating(College.User student, String points) {
        WebClient web = college.teacher.web();
        WebClient.Page journal = web.get(staff.journal());
        assertEquals(200, journal.status(), journal.body());
        WebClient.Page saved = Html.form(journal, "action=\"/journal/" + college.stream + "/grades\"")
                .with("g:" + student.id() + ":admission", points).submit(web);
        assertEquals(staff.journal() + "?saved=1", Html.path(saved), saved.body());
        assertEquals(points, college.grade(student, "admission"));
    }

    /** The student's row on the stream page as the user sees it. */
    String row(WebClient web, College.User student) {
        String body = web.get(staff.streamPage()).body();
        int at = body.indexOf("<tr data-student=\"" + student.id() + "\">");
        return at < 0 ? "" : body.substring(at, body.indexOf("</tr>", at));
    }
}
