package kz.sabaq.attendance.scan;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/**
 * Typed-code attempts per listener and session, counted before the code is checked: one UPDATE
 * claims an attempt while fewer than the limit were made, so parallel guesses are counted one by
 * one and never more than the limit are evaluated. A right code gives its attempt back.
 */
public interface TypedFailureMapper {

    @Insert("INSERT IGNORE INTO att_typed_failure (session_id, student_id, failures) VALUES (#{sessionId}, #{studentId}, 0)")
    void ensure(@Param("sessionId") long sessionId, @Param("studentId") long studentId);

    /** @return 1 when the attempt was counted and may be checked, 0 when the limit is reached */
    @Update("UPDATE att_typed_failure SET failures = failures + 1 WHERE session_id = #{sessionId} "
            + "AND student_id = #{studentId} AND failures < #{limit}")
    int claim(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("limit") long limit);

    @Update("UPDATE att_typed_failure SET failures = failures - 1 WHERE session_id = #{sessionId} "
            + "AND student_id = #{studentId} AND failures > 0")
    void giveBack(@Param("sessionId") long sessionId, @Param("studentId") long studentId);
}
