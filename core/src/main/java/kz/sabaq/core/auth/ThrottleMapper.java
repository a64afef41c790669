package kz.sabaq.core.auth;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Counters of login attempts per subject (an account, an address, a known browser). Each count is
 * one statement, so parallel attempts are counted one by one: the row lock orders them. After
 * {@code free} attempts each further one makes the next wait {@code first · 2ⁿ} seconds, at most
 * {@code max}; a subject quiet since {@code quietSince} starts again from one. MariaDB evaluates a
 * single-table UPDATE's assignments left to right, so {@code blocked_until} sees the new count.
 */
public interface ThrottleMapper {
    String COUNT = "failures = IF(last_attempt_at < #{quietSince}, 1, failures + 1), "
            + "last_attempt_at = #{now}, "
            + "blocked_until = IF(failures > #{free}, DATE_ADD(#{now}, INTERVAL CAST(LEAST(#{max}, "
            + "#{first} * POW(2, LEAST(failures - #{free} - 1, 30))) AS UNSIGNED) SECOND), NULL) ";

    @Select("SELECT blocked_until FROM login_throttle WHERE subject = #{subject} AND blocked_until > #{now}")
    LocalDateTime blockedUntil(@Param("subject") String subject, @Param("now") LocalDateTime now);

    @Insert("INSERT IGNORE INTO login_throttle (subject, failures, last_attempt_at, blocked_until) "
            + "VALUES (#{subject}, 0, #{now}, NULL)")
    void ensure(@Param("subject") String subject, @Param("now") LocalDateTime now);

    /** Counts an attempt unless the subject must still wait; @return 1 when the attempt may go ahead */
    @Update("UPDATE login_throttle SET " + COUNT
            + "WHERE subject = #{subject} AND (blocked_until IS NULL OR blocked_until <= #{now})")
    int claim(@Param("subject") String subject, @Param("now") LocalDateTime now,
              @Param("quietSince") LocalDateTime quietSince, @Param("free") int free,
              @Param("first") long firstSeconds, @Param("max") long maxSeconds);

    /** Counts an attempt that already went ahead (and failed). */
    @Update("UPDATE login_throttle SET " + COUNT + "WHERE subject = #{subject}")
    int count(@Param("subject") String subject, @Param("now") LocalDateTime now,
              @Param("quietSince") LocalDateTime quietSince, @Param("free") int free,
              @Param("first") long firstSeconds, @Param("max") long maxSeconds);

    @Delete("DELETE FROM login_throttle WHERE subject = #{subject}")
    void clear(@Param("subject") String subject);

    @Select("SELECT COUNT(*) FROM login_known_browser k JOIN app_user u ON u.id = k.user_id "
            + "WHERE k.token_hash = #{hash} AND u.iin = #{iin} AND k.expires_at > #{now}")
    int knownBrowser(@Param("hash") String tokenHash, @Param("iin") String iin, @Param("now") LocalDateTime now);

    @Insert("INSERT INTO login_known_browser (token_hash, user_id, expires_at) VALUES (#{hash}, #{userId}, #{until}) "
            + "ON DUPLICATE KEY UPDATE expires_at = VALUES(expires_at)")
    void rememberBrowser(@Param("hash") String tokenHash, @Param("userId") long userId,
                         @Param("until") LocalDateTime until);

    @Delete("DELETE FROM login_known_browser WHERE expires_at < #{now}")
    int forgetExpiredBrowsers(@Param("now") LocalDateTime now);
}
