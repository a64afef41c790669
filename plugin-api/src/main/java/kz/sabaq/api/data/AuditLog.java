package kz.sabaq.api.data;

import java.util.List;
import java.util.Map;

/** Append-only record of who did what: grades, attendance edits, exam events, role changes. */
public interface AuditLog {

    /**
     * @param actorId  the user who acted, or null for the system (a scheduled job)
     * @param action   {@code <module>.<event>}, e.g. {@code attendance-qr.mark.manual}
     * @param object   what it concerns, e.g. {@code session:42}
     * @param details  small key-value facts, stored as JSON
     */
    void record(Long actorId, String action, String object, Map<String, ?> details);

    /** One fact for {@link #recordAll}, with the same meaning as {@link #record}'s arguments. */
    record Entry(Long actorId, String action, String object, Map<String, ?> details) {
    }

    /**
     * Several facts at once, in the caller's transaction when there is one: for work done for many
     * users together, such as a hall's ticket choices committed in one transaction. Core appends
     * them in one statement; nothing is written for an empty list.
     *
     * <pre>{@code
     * transactions.run(() -> {
     *     List<AuditLog.Entry> done = ...;   // one per change made above
     *     audit.recordAll(done);
     * });
     * }</pre>
     */
    default void recordAll(List<Entry> entries) {
        entries.forEach(e -> record(e.actorId(), e.action(), e.object(), e.details()));
    }
}
