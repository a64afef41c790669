package kz.sabaq.api.cabinet;

import java.time.Instant;

/**
 * One thing a module puts on a person's "today" cabinet: a class now or next, an exam coming up,
 * an attendance warning. Texts are already in the viewer's language (a module has
 * {@code Translations}); core formats the times in the institution's zone and marks what is on now.
 *
 * @param kind     the cabinet's section the item appears in
 * @param startsAt when it starts; null for an item without a time (a warning about a discipline)
 * @param endsAt   when it ends; null when it has no end
 * @param title    what it is, e.g. the discipline's name
 * @param state    where it stands, e.g. "Open now", "Answer sent"; null for none
 * @param link     where the item's button leads, e.g. {@code /attendance-qr/check-in}; null for none
 * @param action   the button's text, e.g. "Scan the code"; null shows the title as the link instead
 * @param warning  a warning shown with the item, e.g. "2 more absences and you are not admitted"; null for none
 */
public record TodayItem(Kind kind, Instant startsAt, Instant endsAt, String title, String state, String link,
                        String action, String warning) {

    /** The cabinet's sections, in the order core shows them. */
    public enum Kind {
        /** A class meeting on now or next. */
        CLASS,
        /** An exam, a final control or a test coming up or open. */
        EXAM,
        /** Something to act on before it is too late, with no time of its own (attendance). */
        WARNING
    }

    public TodayItem {
        if (kind == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a today item needs a kind and a title");
        }
        if (startsAt == null && endsAt != null) {
            throw new IllegalArgumentException("a today item that ends has a start");
        }
    }
}
