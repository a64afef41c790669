package kz.sabaq.attendance.online;

import java.time.LocalDateTime;
import java.util.Optional;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.MarkStatus;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The conference of an online class ({@code att_online}) and the history rows of marks confirmed from it. */
public interface OnlineMapper {

    /** @param platformValues the platform's field values as a JSON object of texts */
    record ConferenceRow(long sessionId, String platform, String platformValues, long setBy, LocalDateTime setAt) {
    }

    @Select("SELECT session_id, platform, platform_values, set_by, set_at FROM att_online WHERE session_id = #{sessionId}")
    Optional<ConferenceRow> conference(long sessionId);

    /** Sets the session's conference, replacing the one set before (the last save wins, as on any form). */
    @Insert("INSERT INTO att_online (session_id, platform, platform_values, set_by, set_at) "
            + "VALUES (#{sessionId}, #{platform}, #{values}, #{by}, #{at}) ON DUPLICATE KEY UPDATE "
            + "platform = VALUES(platform), platform_values = VALUES(platform_values), set_by = VALUES(set_by), "
            + "set_at = VALUES(set_at)")
    void setConference(@Param("sessionId") long sessionId, @Param("platform") String platform,
                       @Param("values") String values, @Param("by") long by, @Param("at") LocalDateTime at);

    /** The history row of a mark the trainer confirmed from the platform's activity: nothing before, its status after. */
    @Insert("INSERT INTO att_mark_change (session_id, student_id, phase, changed_by, changed_at, status_after, source) "
            + "VALUES (#{sessionId}, #{studentId}, #{phase}, #{by}, #{at}, #{status}, 'ONLINE')")
    void recordConfirmed(@Param("sessionId") long sessionId, @Param("studentId") long studentId,
                         @Param("phase") Phase phase, @Param("status") MarkStatus status, @Param("by") long by,
                         @Param("at") LocalDateTime at);
}
