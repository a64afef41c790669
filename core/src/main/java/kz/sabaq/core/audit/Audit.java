package kz.sabaq.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
        events.append(LocalDateTime.now(clock), actorId, action, object, json(action, details));
    }

    /** One INSERT for all the entries (one round trip to MariaDB), none for an empty list. */
    @Override
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<AuditMapper.Event> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(new AuditMapper.Event(e.actorId(), e.action(), e.object(), json(e.action(), e.details())));
        }
        events.appendAll(LocalDateTime.now(clock), rows);
    }

    private String json(String action, Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details of " + action + " are not serialisable", e);
        }
    }
}
