package kz.sabaq.core.plugin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The administrator's choices, which override the institution profile. */
public interface PluginStateMapper {

    @Select("SELECT enabled FROM plugin_state WHERE plugin_id = #{id}")
    Boolean enabled(String id);

    @Insert("INSERT INTO plugin_state (plugin_id, enabled, changed_by, changed_at) VALUES (#{id}, #{enabled}, #{by}, #{at}) "
            + "ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), changed_by = VALUES(changed_by), changed_at = VALUES(changed_at)")
    void setEnabled(@Param("id") String id, @Param("enabled") boolean enabled, @Param("by") Long by,
                    @Param("at") LocalDateTime at);

    @Select("SELECT setting_key AS settingKey, value FROM plugin_setting WHERE plugin_id = #{id}")
    List<Map<String, String>> settings(String id);

    @Insert("INSERT INTO plugin_setting (plugin_id, setting_key, value) VALUES (#{id}, #{key}, #{value}) "
            + "ON DUPLICATE KEY UPDATE value = VALUES(value)")
    void putSetting(@Param("id") String id, @Param("key") String key, @Param("value") String value);

    @Delete("DELETE FROM plugin_setting WHERE plugin_id = #{id} AND setting_key = #{key}")
    void removeSetting(@Param("id") String id, @Param("key") String key);
}
