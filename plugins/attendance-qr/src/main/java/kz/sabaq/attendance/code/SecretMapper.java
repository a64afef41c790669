package kz.sabaq.attendance.code;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface SecretMapper {

    @Select("SELECT secret FROM att_session_secret WHERE session_id = #{sessionId}")
    Optional<byte[]> find(long sessionId);

    /** Stores the secret unless another request or node stored one first; the first one stays. */
    @Insert("INSERT IGNORE INTO att_session_secret (session_id, secret, created_at) VALUES (#{sessionId}, #{secret}, #{now})")
    int insertFirst(@Param("sessionId") long sessionId, @Param("secret") byte[] secret, @Param("now") LocalDateTime now);
}
