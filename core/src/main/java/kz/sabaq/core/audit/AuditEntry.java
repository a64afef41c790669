package kz.sabaq.core.audit;

import java.time.LocalDateTime;

/** One audit event with its actor's name and IIN; the actor fields are null for the system. */
public record AuditEntry(long id, LocalDateTime at, Long actorId, String actorIin, String actorSurname,
                         String actorFirstName, String action, String object, String details) {
}
