package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.sabaq.attestation.staff.OnlineFlag;
import kz.sabaq.core.testing.WebClient;

/** The staff's steps of the flow, each as a person clicks through the pages. */
final class Staff {
    static final String OPTION = "data-option=\"" + OnlineFlag.KEY + "\"";

    private final College college;

    Staff(College college) {
        this.college = college;
    }

    String journal() {
        return "/journal/" + college.stream;
    }

    String streamPage() {
        return "/online-attestation/streams/" + college.stream;
    }

    /** The administrator allows the college's study term online and chooses the distribution form. */
    void settings(String distribution) {
        WebClient web = college.admin.web();
        WebClient.Page page = web.get("/online-attestation/settings");
        assertEquals(200, page.status(), page.body());
        Html.Form form = Html.form(page, "action=\"/online-attestation/settings\"");
        assertTrue(form.html().contains("value=\"" + college.termCode + "\""), "the study term is offered");
        assertTrue(form.html().contains("value=\"" + distribution + "\""), "the distribution form is offered");
        WebClient.Page saved = form.with("distribution", distribution).add("studyTerms", college.termCode).submit(web);
        assertEquals("/online-attestation/settings?saved=1", Html.path(saved));
    }

    /**
     * The teacher opens the journal's settings tab, picks the final form and ticks "Conduct final
     * control online"; the Go button then leads to the stream page.
     */
    void conductOnline(String finalForm) {
        WebClient web = college.teacher.web();
        WebClient.Page tab = web.get(journal() + "?tab=settings");
        assertEquals(200, tab.status(), tab.body());
        assertTrue(tab.contains(OPTION), "the option is offered once the term is allowed:\n" + tab.body());
        assertFalse(tab.contains("data-go"), "no Go button while the option is off");
        Html.Form form = Html.form(tab, "data-journal-settings");
        WebClient.Page saved = form.with("finalForm", finalForm).with("finalGradeToBeSet", "true")
                .with(OnlineFlag.KEY, "on").submit(web);
        assertEquals(journal() + "?tab=settings&saved=1", Html.path(saved));
        WebClient.Page after = web.get(Html.path(saved));
        String checkbox = Html.tag(after.body(), "id=\"opt-" + OnlineFlag.KEY + "\"").orElseThrow();
        assertTrue(checkbox.contains("checked"), checkbox);
        assertFalse(checkbox.contains("disabled"), "not locked before any student has a slot: " + checkbox);
        assertEquals(streamPage(), Html.href(after, "data-go"), "the Go button leads to the stream page");
    }

    /** The teacher finds the stream in the list of final controls and opens it. */
    WebClient.Page openFromList() {
        WebClient web = college.teacher.web();
        WebClient.Page list = web.get("/online-attestation");
        assertEquals(200, list.status(), list.body());
        WebClient.Page page = web.get(Html.href(list, "href=\"" + streamPage() + "\""));
        assertEquals(200, page.status(), page.body());
        return page;
    }

    /** "Distribute students" into a new slot on the local date, from start to end; returns the slot id. */
    long distribute(String date, String start, String end, College.User... students) {
        WebClient web = college.teacher.web();
        WebClient.Page stream = web.get(streamPage());
        WebClient.Page dialog = web.get(Html.href(stream, "data-action=\"distribute\""));
        assertEquals(200, dialog.status(), dialog.body());
        Html.Form form = Html.form(dialog, "data-oa-distribute").with("date", date).with("start", start).with("end", end);
        List<String> offered = form.checkboxes("student");
        for (College.User s : students) {
            assertTrue(offered.contains(String.valueOf(s.id())), "the student is offered: " + s.id());
            form = form.add("student", String.valueOf(s.id()));
        }
        WebClient.Page saved = form.submit(web);
        assertEquals(streamPage(), Html.path(saved));
        String fragment = Html.fragment(saved);
        assertTrue(fragment.startsWith("slot-"), fragment);
        long slot = Long.parseLong(fragment.substring("slot-".length()));
        WebClient.Page after = web.get(streamPage());
        assertTrue(after.contains("id=\"slot-" + slot + "\""), "the slot's tab is shown");
        for (College.User s : students) {
            assertTrue(after.body().contains("<tr data-student=\"" + s.id() + "\">"), "in the slot's table");
        }
        return slot;
    }

    /** The teacher's per-slot action link on the stream page (e.g. "generate"), when one is offered. */
    Optional<String> slotAction(long slot, String action) {
        WebClient.Page page = college.teacher.web().get(streamPage());
        return Html.tags(page.body(), "data-action=\"slot-action\"").stream().map(t -> Html.attr(t, "href"))
                .filter(h -> h.contains("/online-attestation/slots/" + slot + "/") && h.contains("/" + action))
                .findFirst();
    }

    /**
     * Runs an offered slot action through its dialog: opens it, ticks every student offered and
     * submits; back on the stream page at the slot's tab.
     */
    void runSlotAction(String href) {
        WebClient web = college.teacher.web();
        WebClient.Page dialog = web.get(href);
        assertEquals(200, dialog.status(), dialog.body());
        Html.Form form = Html.form(dialog, "action=\"" + href + "\"");
        for (String student : form.checkboxes("student")) {
            if (form.fields().stream().noneMatch(f -> f.getKey().equals("student") && f.getValue().equals(student))) {
                form = form.add("student", student);
            }
        }
        WebClient.Page done = form.submit(web);
        assertEquals(streamPage(), Html.path(done), done.body());
    }

    /** The stream page's cell of a student's row in a slot table. */
    String cell(College.User student, String cell) {
        WebClient.Page page = college.teacher.web().get(streamPage());
        String body = page.body();
        int row = body.indexOf("<tr data-student=\"" + student.id() + "\">");
        assertTrue(row >= 0, "the student's row");
        int end = body.indexOf("</tr>", row);
        String html = body.substring(row, end);
        return Html.text(new WebClient.Page(200, html, page.headers()), "data-cell=\"" + cell + "\"");
    }
}
