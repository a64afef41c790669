package kz.sabaq.core.conference;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** {@code conference_store}: each platform's texts by name. */
public interface ConferenceStoreMapper {

    @Select("SELECT value FROM conference_store WHERE platform = #{platform} AND name = #{name}")
    Optional<String> get(@Param("platform") String platform, @Param("name") String name);

    @Insert("INSERT INTO conference_store (platform, name, value, updated_at) VALUES (#{platform}, #{name}, #{value}, #{at}) "
            + "ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)")
    void put(@Param("platform") String platform, @Param("name") String name, @Param("value") String value,
             @Param("at") LocalDateTime at);

    @Delete("DELETE FROM conference_store WHERE platform = #{platform} AND name = #{name}")
    void remove(@Param("platform") String platform, @Param("name") String name);
}
