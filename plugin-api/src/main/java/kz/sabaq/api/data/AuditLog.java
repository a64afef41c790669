package kz.sabaq.api.data;

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
}
