package kz.sabaq.announcements;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface AnnouncementMapper {

    @Select("SELECT id, title, body, author_id, published_at, expires_at FROM ann_announcement "
            + "WHERE expires_at > #{now} ORDER BY published_at DESC, id DESC LIMIT #{limit}")
    List<Announcement> current(@Param("now") LocalDateTime now, @Param("limit") long limit);

    @Insert("INSERT INTO ann_announcement (title, body, author_id, published_at, expires_at) "
            + "VALUES (#{title}, #{body}, #{author}, #{now}, #{expires})")
    void insert(@Param("title") String title, @Param("body") String body, @Param("author") long author,
                @Param("now") LocalDateTime now, @Param("expires") LocalDateTime expires);

    @Select("SELECT author_id FROM ann_announcement WHERE id = #{id}")
    Long authorOf(long id);

    @Delete("DELETE FROM ann_announcement WHERE id = #{id}")
    int delete(long id);

    @Delete("DELETE FROM ann_announcement WHERE expires_at <= #{now}")
    int deleteExpired(@Param("now") LocalDateTime now);
}
