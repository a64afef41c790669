package kz.sabaq.core.notify;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Every query is filtered by {@code user_id}: a user only ever reads or marks their own notifications. */
public interface NotificationMapper {

    @Insert("INSERT INTO notification (user_id, message_key, args_json, link, created_at) "
            + "VALUES (#{userId}, #{key}, #{args}, #{link}, #{at})")
    void insert(@Param("userId") long userId, @Param("key") String key, @Param("args") String argsJson,
                @Param("link") String link, @Param("at") LocalDateTime at);

    @Select("SELECT COUNT(*) FROM notification WHERE user_id = #{userId} AND read_at IS NULL")
    int unread(long userId);

    @Select("SELECT COUNT(*) FROM notification WHERE user_id = #{userId}")
    int count(long userId);

    @Select("SELECT id, message_key, args_json, link, created_at, read_at FROM notification "
            + "WHERE user_id = #{userId} ORDER BY created_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}")
    List<StoredNotification> page(@Param("userId") long userId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT COUNT(*) FROM notification WHERE id = #{id} AND user_id = #{userId}")
    int owned(@Param("id") long id, @Param("userId") long userId);

    @Update("UPDATE notification SET read_at = #{at} WHERE id = #{id} AND user_id = #{userId} AND read_at IS NULL")
    int markRead(@Param("id") long id, @Param("userId") long userId, @Param("at") LocalDateTime at);

    @Update("UPDATE notification SET read_at = #{at} WHERE user_id = #{userId} AND read_at IS NULL")
    int markAllRead(@Param("userId") long userId, @Param("at") LocalDateTime at);
}
