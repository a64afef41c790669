package kz.sabaq.core.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Appends and reads {@code audit_event}; there is no update or delete, and the table's triggers refuse both. */
public interface AuditMapper {

    @Insert("INSERT INTO audit_event (at, actor_id, action, object, details) VALUES (#{at}, #{actor}, #{action}, #{object}, #{details})")
    void append(@Param("at") LocalDateTime at, @Param("actor") Long actor, @Param("action") String action,
                @Param("object") String object, @Param("details") String details);

    /** Several events in one statement, all at the same instant. */
    @Insert("<script>INSERT INTO audit_event (at, actor_id, action, object, details) VALUES "
            + "<foreach collection='events' item='e' separator=','>"
            + "(#{at}, #{e.actorId}, #{e.action}, #{e.object}, #{e.details})</foreach></script>")
    void appendAll(@Param("at") LocalDateTime at, @Param("events") List<Event> events);

    /** An event of {@link #appendAll}, its details already written as JSON. */
    record Event(Long actorId, String action, String object, String details) {
    }

    /**
     * Events matching every given filter, newest first. {@code actionPrefix} and {@code objectText}
     * arrive with LIKE wildcards already escaped; {@code from} is inclusive, {@code until} exclusive.
     */
    @Select("<script>"
            + "SELECT e.id, e.at, e.actor_id, u.iin AS actor_iin, u.surname AS actor_surname, "
            + "u.first_name AS actor_first_name, e.action, e.object, e.details "
            + "FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id "
            + "<where>"
            + "<if test=\"actionPrefix != null\">AND e.action LIKE CONCAT(#{actionPrefix}, '%')</if>"
            + "<if test=\"actorId != null\">AND e.actor_id = #{actorId}</if>"
            + "<if test=\"objectText != null\">AND e.object LIKE CONCAT('%', #{objectText}, '%')</if>"
            + "<if test=\"from != null\">AND e.at &gt;= #{from}</if>"
            + "<if test=\"until != null\">AND e.at &lt; #{until}</if>"
            + "</where>"
            + "ORDER BY e.at DESC, e.id DESC LIMIT #{limit} OFFSET #{offset}"
            + "</script>")
    List<AuditEntry> search(@Param("actionPrefix") String actionPrefix, @Param("actorId") Long actorId,
                            @Param("objectText") String objectText, @Param("from") LocalDateTime from,
                            @Param("until") LocalDateTime until, @Param("limit") int limit, @Param("offset") int offset);
}
