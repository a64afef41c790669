package kz.sabaq.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import kz.sabaq.api.data.AuditLog;

/** Appends to {@code audit_event}; the table's triggers refuse any update or delete. */
public final class Audit implements AuditLog {
    private final AuditMapper events;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    public Audit(AuditMapper events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void record(Long actorId, String action, String object, Map<String, ?> details) {
        try {
            events.append(LocalDateTime.now(clock), actorId, action, object, json.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details of " + action + " are not serialisable", e);
        }
    }
}
