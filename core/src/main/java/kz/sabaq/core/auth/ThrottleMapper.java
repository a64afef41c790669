package kz.sabaq.core.auth;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface ThrottleMapper {

    @Select("SELECT blocked_until FROM login_throttle WHERE subject = #{subject} AND blocked_until > #{now}")
    LocalDateTime blockedUntil(@Param("subject") String subject, @Param("now") LocalDateTime now);

    /**
     * Counts a failure in one statement: a window older than {@code windowStart} restarts at 1;
     * reaching {@code limit} failures blocks the subject until {@code blockUntil}.
     */
    @Insert("INSERT INTO login_throttle (subject, failures, window_started_at, blocked_until) "
            + "VALUES (#{subject}, 1, #{now}, IF(1 >= #{limit}, #{blockUntil}, NULL)) "
            + "ON DUPLICATE KEY UPDATE "
            + "  blocked_until = IF(window_started_at < #{windowStart}, IF(1 >= #{limit}, #{blockUntil}, NULL), "
            + "                     IF(failures + 1 >= #{limit}, #{blockUntil}, blocked_until)), "
            + "  failures = IF(window_started_at < #{windowStart}, 1, failures + 1), "
            + "  window_started_at = IF(window_started_at < #{windowStart}, #{now}, window_started_at)")
    void recordFailure(@Param("subject") String subject, @Param("now") LocalDateTime now,
                       @Param("windowStart") LocalDateTime windowStart, @Param("limit") int limit,
                       @Param("blockUntil") LocalDateTime blockUntil);

    @Delete("DELETE FROM login_throttle WHERE subject = #{subject}")
    void clear(@Param("subject") String subject);
}
