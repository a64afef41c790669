package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import kz.sabaq.core.testing.WebClient;

/** The ticket steps: the Tickets page (count, adding tickets) and the per-slot actions of the stream page. */
final class Tickets {
    private final College college;
    private final Staff staff;

    Tickets(College college, Staff staff) {
        this.college = college;
        this.staff = staff;
    }

    /** From the stream page's Tickets button: sets the number of tickets. */
    WebClient.Page count(int count) {
        WebClient web = college.teacher.web();
        String tickets = Html.href(web.get(staff.streamPage()), "data-action=\"tickets\"");
        assertEquals(staff.streamPage() + "/tickets", tickets);
        WebClient.Page page = web.get(tickets);
        assertEquals(200, page.status(), page.body());
        WebClient.Page edit = web.get(Html.href(page, "?edit=count"));
        WebClient.Page saved = Html.form(edit, "/tickets/count").with("count", String.valueOf(count)).submit(web);
        assertEquals(tickets, Html.path(saved));
        WebClient.Page after = web.get(tickets);
        assertEquals(String.valueOf(count), Html.text(after, "data-oa-count"));
        return after;
    }

    /** "Add ticket": the first free number, the questions and, when given, a file. */
    void add(int number, String questions, String fileName, byte[] file) {
        WebClient web = college.teacher.web();
        WebClient.Page list = web.get(staff.streamPage() + "/tickets");
        WebClient.Page form = web.get(Html.href(list, "data-oa-add"));
        assertEquals(200, form.status(), form.body());
        Html.Form f = Html.form(form, "enctype=\"multipart/form-data\"");
        assertEquals(String.valueOf(number), f.fields().stream().filter(e -> e.getKey().equals("number"))
                .findFirst().orElseThrow().getValue(), "the first free number is offered first");
        WebClient.Page saved = f.with("body", questions)
                .submitMultipart(web, "file", fileName == null ? Map.of() : Map.of(fileName, file));
        assertEquals(staff.streamPage() + "/tickets", Html.path(saved), saved.body());
        WebClient.Page after = web.get(staff.streamPage() + "/tickets");
        assertTrue(after.contains("id=\"ticket-" + number + "\""), after.body());
    }

    /** Runs the slot's action ("generate", "place", "send") from the stream page, for every student offered. */
    void slotAction(long slot, String action) {
        staff.runSlotAction(staff.slotAction(slot, action)
                .orElseGet(() -> fail("the stream page offers no '" + action + "' action on slot " + slot)));
    }

    /** "Generate ticket numbers" for the slot. */
    void generate(long slot) {
        slotAction(slot, "generate");
    }

    /** "Send questions" to the slot's students. */
    void send(long slot) {
        slotAction(slot, "send");
    }

    /** "Place tickets" for the students' own choice. */
    void place(long slot) {
        slotAction(slot, "place");
    }
}
