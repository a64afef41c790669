package kz.sabaq.core.auth;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface SessionMapper {

    @Insert("INSERT INTO web_session (token_hash, user_id, csrf_token, created_at, expires_at) "
            + "VALUES (#{hash}, #{userId}, #{csrf}, #{now}, #{expires})")
    void insert(@Param("hash") byte[] tokenHash, @Param("userId") long userId, @Param("csrf") String csrf,
                @Param("now") LocalDateTime now, @Param("expires") LocalDateTime expires);

    /** One query per request: the session, its user and the user's role ids. */
    @Select("SELECT s.user_id, s.csrf_token, s.expires_at, u.surname, u.first_name, u.locale, u.active, "
            + "(SELECT GROUP_CONCAT(ur.role_id) FROM user_role ur WHERE ur.user_id = u.id) AS role_ids "
            + "FROM web_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = #{hash}")
    Optional<WebSession> find(@Param("hash") byte[] tokenHash);

    @Delete("DELETE FROM web_session WHERE token_hash = #{hash}")
    int delete(@Param("hash") byte[] tokenHash);

    @Delete("DELETE FROM web_session WHERE user_id = #{userId}")
    int deleteAllOf(@Param("userId") long userId);

    @Delete("DELETE FROM web_session WHERE user_id = #{userId} AND token_hash <> #{keep}")
    int deleteOthersOf(@Param("userId") long userId, @Param("keep") byte[] keep);

    @Delete("DELETE FROM web_session WHERE expires_at < #{now}")
    int deleteExpired(@Param("now") LocalDateTime now);
}
