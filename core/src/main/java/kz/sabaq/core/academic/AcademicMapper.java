package kz.sabaq.core.academic;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.user.GeneratedId;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.InsertProvider;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.UpdateProvider;

/**
 * The academic registers. Statements shared by every kind are built by {@link AcademicSql} from the
 * kind's {@link Table} (constants of the code); every value travels as a {@code #{}} parameter.
 */
public interface AcademicMapper {

    @SelectProvider(type = AcademicSql.class, method = "find")
    List<Long> find(@Param("table") Table table, @Param("key") Map<String, Object> key);

    @SelectProvider(type = AcademicSql.class, method = "lookup")
    List<Long> lookup(@Param("table") Table table, @Param("key") Object key);

    @InsertProvider(type = AcademicSql.class, method = "insert")
    @Options(useGeneratedKeys = true, keyProperty = "id.value")
    void insertGenerated(@Param("table") Table table, @Param("values") Map<String, Object> values,
                         @Param("id") GeneratedId id);

    @InsertProvider(type = AcademicSql.class, method = "insert")
    void insert(@Param("table") Table table, @Param("values") Map<String, Object> values);

    @UpdateProvider(type = AcademicSql.class, method = "update")
    int update(@Param("table") Table table, @Param("id") Object id, @Param("values") Map<String, Object> values);

    /** Rows matching the LIKE pattern (null: all) within the unit (null department and pcc: every unit). */
    @SelectProvider(type = AcademicSql.class, method = "count")
    long count(@Param("kind") Kind kind, @Param("pattern") String pattern, @Param("department") Long department,
               @Param("pcc") Long pcc);

    @SelectProvider(type = AcademicSql.class, method = "page")
    List<Map<String, Object>> page(@Param("kind") Kind kind, @Param("pattern") String pattern,
                                   @Param("department") Long department, @Param("pcc") Long pcc,
                                   @Param("limit") int limit, @Param("offset") int offset);

    @Update("UPDATE academic_year SET is_current = FALSE WHERE id <> #{id} AND is_current")
    int makeOnlyCurrentYear(long id);

    @Delete("DELETE FROM stream_group WHERE stream_id = #{streamId}")
    void clearStreamGroups(long streamId);

    @Insert("INSERT INTO stream_group (stream_id, group_id) VALUES (#{streamId}, #{groupId})")
    void addStreamGroup(@Param("streamId") long streamId, @Param("groupId") long groupId);

    @Insert("INSERT IGNORE INTO journal (stream_id) VALUES (#{streamId})")
    void ensureJournal(long streamId);

    @Delete("DELETE FROM room_network WHERE room_id = #{roomId}")
    void clearRoomNetworks(long roomId);

    @Insert("INSERT INTO room_network (room_id, cidr) VALUES (#{roomId}, #{cidr})")
    void addRoomNetwork(@Param("roomId") long roomId, @Param("cidr") String cidr);

    record Bell(LocalTime startsAt, LocalTime endsAt) {
    }

    @Select("SELECT starts_at, ends_at FROM bell_period WHERE number = #{number}")
    List<Bell> bell(int number);
}
