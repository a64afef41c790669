package kz.sabaq.core.audit;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;

public interface AuditMapper {

    @Insert("INSERT INTO audit_event (at, actor_id, action, object, details) VALUES (#{at}, #{actor}, #{action}, #{object}, #{details})")
    void append(@Param("at") LocalDateTime at, @Param("actor") Long actor, @Param("action") String action,
                @Param("object") String object, @Param("details") String details);
}
