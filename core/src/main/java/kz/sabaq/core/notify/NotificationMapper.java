package kz.sabaq.core.notify;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface NotificationMapper {

    @Insert("INSERT INTO notification (user_id, message_key, args_json, link, created_at) "
            + "VALUES (#{userId}, #{key}, #{args}, #{link}, #{at})")
    void insert(@Param("userId") long userId, @Param("key") String key, @Param("args") String argsJson,
                @Param("link") String link, @Param("at") LocalDateTime at);

    @Select("SELECT COUNT(*) FROM notification WHERE user_id = #{userId} AND read_at IS NULL")
    int unread(long userId);
}
