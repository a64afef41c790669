package kz.sabaq.attendance.scan;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface TypedFailureMapper {

    @Select("SELECT COALESCE(MAX(failures), 0) FROM att_typed_failure WHERE session_id = #{sessionId} "
            + "AND student_id = #{studentId}")
    long failures(@Param("sessionId") long sessionId, @Param("studentId") long studentId);

    @Insert("INSERT INTO att_typed_failure (session_id, student_id, failures) VALUES (#{sessionId}, #{studentId}, 1) "
            + "ON DUPLICATE KEY UPDATE failures = failures + 1")
    void fail(@Param("sessionId") long sessionId, @Param("studentId") long studentId);
}
