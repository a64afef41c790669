package kz.sabaq.attestation.exam;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The "I" grades' deadlines. */
public interface IncompleteMapper {

    /** A deadline whose "I" has not been dealt with yet. */
    record Due(long streamId, long studentId, Instant deadline, long setBy) {
    }

    /** Setting "I" again gives a new deadline and makes it due again. */
    @Insert("INSERT INTO oa_incomplete (stream_id, student_id, deadline, set_at, set_by) "
            + "VALUES (#{streamId}, #{studentId}, #{deadline}, #{now}, #{by}) "
            + "ON DUPLICATE KEY UPDATE deadline = VALUES(deadline), set_at = VALUES(set_at), set_by = VALUES(set_by), "
            + "expired_at = NULL")
    void set(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("deadline") Instant deadline,
             @Param("now") Instant now, @Param("by") long by);

    @Select("SELECT stream_id, student_id, deadline, set_by FROM oa_incomplete "
            + "WHERE expired_at IS NULL AND deadline <= #{now} ORDER BY deadline")
    List<Due> due(Instant now);

    /** 1 for the one run that deals with this deadline; 0 when another node or an earlier run did. */
    @Update("UPDATE oa_incomplete SET expired_at = #{now} WHERE stream_id = #{streamId} AND student_id = #{studentId} "
            + "AND expired_at IS NULL AND deadline = #{deadline}")
    int expire(@Param("streamId") long streamId, @Param("studentId") long studentId,
               @Param("deadline") Instant deadline, @Param("now") Instant now);
}
