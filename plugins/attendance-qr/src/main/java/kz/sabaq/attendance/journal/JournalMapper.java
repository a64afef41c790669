package kz.sabaq.attendance.journal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface JournalMapper {

    @Select("<script>SELECT " + MarkMapper.COLUMNS + " FROM att_mark WHERE student_id = #{studentId} AND phase = 'IN' "
            + "AND session_id IN <foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach>"
            + "</script>")
    List<Mark> arrivals(@Param("studentId") long studentId, @Param("sessions") List<Long> sessionIds);

    @Select("<script>SELECT " + MarkMapper.COLUMNS + " FROM att_mark WHERE student_id = #{studentId} AND session_id IN "
            + "<foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<Mark> marksOf(@Param("studentId") long studentId, @Param("sessions") List<Long> sessionIds);

    @Select("<script>SELECT session_id FROM att_permit WHERE student_id = #{studentId} AND session_id IN "
            + "<foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<Long> permits(@Param("studentId") long studentId, @Param("sessions") List<Long> sessionIds);

    /** Listener and session of a permit. */
    record Permit(long sessionId, long studentId) {
    }

    @Select("<script>SELECT " + MarkMapper.COLUMNS + " FROM att_mark WHERE phase = 'IN' AND session_id IN "
            + "<foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<Mark> arrivalsOfSessions(@Param("sessions") List<Long> sessionIds);

    @Select("<script>SELECT session_id, student_id FROM att_permit WHERE session_id IN "
            + "<foreach item='s' collection='sessions' open='(' separator=',' close=')'>#{s}</foreach></script>")
    List<Permit> permitsOfSessions(@Param("sessions") List<Long> sessionIds);

    @Select("SELECT student_id FROM att_permit WHERE session_id = #{sessionId}")
    List<Long> permitsOfSession(long sessionId);

    /** A permit for the session; granting it again replaces the reason. */
    @Insert("INSERT INTO att_permit (session_id, student_id, reason, granted_by, granted_at) "
            + "VALUES (#{sessionId}, #{studentId}, #{reason}, #{by}, #{now}) "
            + "ON DUPLICATE KEY UPDATE reason = VALUES(reason), granted_by = VALUES(granted_by), granted_at = VALUES(granted_at)")
    void grant(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("reason") String reason,
               @Param("by") long grantedBy, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO att_permit_document (session_id, student_id, content_type, content) "
            + "VALUES (#{sessionId}, #{studentId}, #{d.contentType}, #{d.content}) "
            + "ON DUPLICATE KEY UPDATE content_type = VALUES(content_type), content = VALUES(content)")
    void keepDocument(@Param("sessionId") long sessionId, @Param("studentId") long studentId,
                      @Param("d") PermitDocument document);

    @Select("SELECT content_type, content FROM att_permit_document WHERE session_id = #{sessionId} "
            + "AND student_id = #{studentId}")
    Optional<PermitDocument> document(@Param("sessionId") long sessionId, @Param("studentId") long studentId);

    @Select("SELECT student_id FROM att_permit_document WHERE session_id = #{sessionId}")
    List<Long> documentsOfSession(long sessionId);
}
