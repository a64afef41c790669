package kz.sabaq.attendance.online;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.attendance.mark.MarkStatus;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The conference of an online class ({@code att_online}) and the online departure that replaces an automatic exit. */
public interface OnlineMapper {

    /** @param platformValues the platform's field values as a JSON object of texts */
    record ConferenceRow(long sessionId, String platform, String platformValues, long setBy, LocalDateTime setAt) {
    }

    @Select("SELECT session_id, platform, platform_values, set_by, set_at FROM att_online WHERE session_id = #{sessionId}")
    Optional<ConferenceRow> conference(long sessionId);

    /** The conferences of these sessions (not empty), those that have one. */
    @Select("<script>SELECT session_id, platform, platform_values, set_by, set_at FROM att_online WHERE session_id IN "
            + "<foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<ConferenceRow> conferences(@Param("sessions") List<Long> sessionIds);

    /** Sets the session's conference, replacing the one set before (the last save wins, as on any form). */
    @Insert("INSERT INTO att_online (session_id, platform, platform_values, set_by, set_at) "
            + "VALUES (#{sessionId}, #{platform}, #{values}, #{by}, #{at}) ON DUPLICATE KEY UPDATE "
            + "platform = VALUES(platform), platform_values = VALUES(platform_values), set_by = VALUES(set_by), "
            + "set_at = VALUES(set_at)")
    void setConference(@Param("sessionId") long sessionId, @Param("platform") String platform,
                       @Param("values") String values, @Param("by") long by, @Param("at") LocalDateTime at);

    /**
     * A confirmed online departure in place of the automatic exit's "did not mark exit": only while
     * the mark is still the job's ({@code source = 'AUTO'}), so a scan or the trainer's hand that
     * came meanwhile wins, and of two confirms at once the second changes nothing (0).
     */
    @Update("UPDATE att_mark SET status = #{status}, source = 'ONLINE', marked_at = #{at} "
            + "WHERE id = #{id} AND source = 'AUTO'")
    int replaceAutomatic(@Param("id") long id, @Param("status") MarkStatus status, @Param("at") LocalDateTime at);
}
