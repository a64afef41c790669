package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kz.sabaq.core.testing.WebClient;

/**
 * One student's side of the flow: "My final controls", the student's final control page and its
 * forms, followed from the pages.
 */
final class Exam {
    private final College college;
    final College.User student;

    Exam(College college, College.User student) {
        this.college = college;
        this.student = student;
    }

    String page() {
        return "/online-attestation/streams/" + college.stream + "/students/" + student.id();
    }

    /** The student finds the final control in "My final controls" and opens it. */
    WebClient.Page openFromMine() {
        WebClient web = student.web();
        WebClient.Page mine = web.get("/online-attestation/mine");
        assertEquals(200, mine.status(), mine.body());
        String href = Html.href(mine, "href=\"" + page() + "\"");
        WebClient.Page page = web.get(href);
        assertEquals(200, page.status(), page.body());
        return page;
    }

    WebClient.Page open() {
        WebClient.Page page = student.web().get(page());
        assertEquals(200, page.status(), page.body());
        return page;
    }

    /** Presses "Show ticket questions" and follows the redirect. */
    WebClient.Page showQuestions() {
        WebClient web = student.web();
        WebClient.Page page = open();
        java.util.Optional<Html.Form> button = Html.findForm(page.body(), "action=\"" + page() + "/questions\"");
        if (button.isEmpty()) {
            assertTrue(page.contains("data-oa-questions"), () -> "neither the button nor the questions:\n" + page.body());
            return page;
        }
        WebClient.Page pressed = button.get().submit(web);
        WebClient.Page after = web.get(Html.path(pressed));
        assertEquals(200, after.status(), after.body());
        return after;
    }

    /** Writes the answer, attaches the files and presses Send, in one submit of the answer form. */
    WebClient.Page sendAnswer(String body, Map<String, byte[]> files) {
        WebClient web = student.web();
        WebClient.Page page = open();
        Html.Form form = Html.form(page, "data-oa-answer-form").with("body", body).with("action", "send");
        WebClient.Page sent = form.submitMultipart(web, "files", files);
        assertEquals(page() + "", Html.path(sent), sent.body());
        return open();
    }

    /** Whether every marker is on the page. */
    static void shows(WebClient.Page page, String... markers) {
        for (String m : List.of(markers)) {
            assertTrue(page.contains(m), () -> "expected " + m + " on:\n" + page.body());
        }
    }

    static void hides(WebClient.Page page, String... markers) {
        for (String m : List.of(markers)) {
            assertTrue(!page.contains(m), () -> "did not expect " + m + " on:\n" + page.body());
        }
    }
}
