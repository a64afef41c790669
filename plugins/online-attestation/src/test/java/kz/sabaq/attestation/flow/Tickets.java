package kz.sabaq.attestation.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Optional;
import kz.sabaq.core.testing.WebClient;

/**
 * The ticket steps: the Tickets page (count, adding tickets) and the per-slot ticket actions.
 * While the slot actions are not merged, {@link #give} and {@link #send} fall back to writing what
 * those actions would (marked TEMP(merge)); with them merged the stream page's actions are used.
 */
final class Tickets {
    /** True once the slot actions part is on the branch: then its stream page actions must be offered. */
    static final boolean SLOT_ACTIONS = exists("kz.sabaq.attestation.slot.SlotActionsResource");

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

    /**
     * "Generate ticket numbers" (random form) or "Place tickets" (students' own choice) for every
     * student of the slot, through the stream page's slot action.
     */
    void slotAction(long slot, String action, String column, String value) {
        Optional<String> offered = staff.slotAction(slot, action);
        if (offered.isPresent() || SLOT_ACTIONS) {
            staff.runSlotAction(offered.orElseGet(() -> fail("the stream page offers no '" + action + "' action")));
            return;
        }
        // TEMP(merge): slot actions (/oa/slots/{id}/actions/*) are not on main yet; write what the
        // action does (spec §8) so that the rest of the flow runs. Remove when they are merged.
        college.insert("UPDATE oa_sitting SET " + column + " = " + value + " WHERE slot_id = ?", slot);
    }

    /** "Generate ticket numbers" for the slot. */
    void generate(long slot) {
        Optional<String> offered = staff.slotAction(slot, "generate");
        if (offered.isPresent() || SLOT_ACTIONS) {
            staff.runSlotAction(offered.orElseGet(() -> fail("the stream page offers no 'generate' action")));
            return;
        }
        // TEMP(merge): without slot actions on main, ticket numbers 1..n in the whole-stream pool, as
        // the random strategy would give them (the slot's students in id order).
        int n = 0;
        for (String student : college.strings("SELECT student_id FROM oa_sitting WHERE slot_id = ? ORDER BY student_id", slot)) {
            n++;
            college.insert("UPDATE oa_sitting SET ticket_number = ?, ticket_pool = 0, ticket_source = 'GENERATED', "
                    + "ticket_at = NOW(3) WHERE slot_id = ? AND student_id = ?", n, slot, Long.parseLong(student));
        }
    }

    /** "Send questions" to the slot's students. */
    void send(long slot) {
        slotAction(slot, "send", "questions_sent_at", "NOW(3)");
    }

    /** "Place tickets" for the students' own choice. */
    void place(long slot) {
        slotAction(slot, "place", "placed_at", "NOW(3)");
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
