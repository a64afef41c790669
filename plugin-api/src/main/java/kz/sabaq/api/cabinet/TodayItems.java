package kz.sabaq.api.cabinet;

import java.time.Instant;
import java.util.List;
import kz.sabaq.api.web.Viewer;

/**
 * What a module contributes to the cabinet, the page a person lands on after login ("today"):
 * classes now and next, exams coming up with their state, warnings. Core asks every registered
 * source on each visit, orders the items (by section, then by time, items without a time last) and
 * renders them; a module never writes the cabinet's markup. Registered while wiring with
 * {@code ModuleWiring.todayItems(...)}.
 *
 * <p>Answer only what the viewer may see (check capabilities and the object's context as the
 * module's own pages do), and nothing for a viewer the module has nothing for. Called on every
 * cabinet visit: keep it to a few indexed queries.
 *
 * <pre>{@code
 * w.todayItems((viewer, now) -> {
 *     if (!viewer.can(LibraryModule.BORROW)) {
 *         return List.of();
 *     }
 *     return loans.dueWithinAWeek(viewer.userId(), now).stream()
 *             .map(loan -> new TodayItem(TodayItem.Kind.WARNING, null, null, loan.title(),
 *                     texts.get(viewer.locale(), "library.today.due", loan.dueDate()),
 *                     "/library/loans", texts.get(viewer.locale(), "library.today.open"), null))
 *             .toList();
 * });
 * }</pre>
 */
@FunctionalInterface
public interface TodayItems {

    /**
     * @param viewer the person opening the cabinet (logged in)
     * @param now    the server clock's instant of this visit: decide "now", "next" and "open" from it
     */
    List<TodayItem> of(Viewer viewer, Instant now);
}
