package kz.sabaq.examtest.bank;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface BankMapper {
    String ITEM = "SELECT id, discipline_id, kind, difficulty, topic, name, text, image_key, image_name, updated_at "
            + "FROM et_item ";

    @Select(ITEM + "WHERE discipline_id = #{disciplineId} ORDER BY topic, id")
    List<ItemRow> items(long disciplineId);

    @Select(ITEM + "WHERE discipline_id = #{disciplineId} AND topic = #{topic} ORDER BY id")
    List<ItemRow> itemsOfTopic(@Param("disciplineId") long disciplineId, @Param("topic") String topic);

    @Select(ITEM + "WHERE id = #{id}")
    ItemRow item(long id);

    @Select("SELECT o.id, o.item_id, o.position, o.text, o.fraction FROM et_option o JOIN et_item i ON i.id = o.item_id "
            + "WHERE i.discipline_id = #{disciplineId} ORDER BY o.item_id, o.position")
    List<OptionRow> optionsOfDiscipline(long disciplineId);

    @Select("SELECT id, item_id, position, text, fraction FROM et_option WHERE item_id = #{itemId} ORDER BY position")
    List<OptionRow> options(long itemId);

    @Select("SELECT DISTINCT topic FROM et_item WHERE discipline_id = #{disciplineId} ORDER BY topic")
    List<String> topics(long disciplineId);

    @Insert("INSERT INTO et_item (discipline_id, kind, difficulty, topic, name, text, updated_by, updated_at) "
            + "VALUES (#{r.disciplineId}, #{r.kind}, #{r.difficulty}, #{r.topic}, #{r.name}, #{r.text}, #{by}, #{at})")
    @Options(useGeneratedKeys = true, keyProperty = "r.id")
    void insert(@Param("r") NewItemRow row, @Param("by") long by, @Param("at") LocalDateTime at);

    @Update("UPDATE et_item SET kind = #{r.kind}, difficulty = #{r.difficulty}, topic = #{r.topic}, name = #{r.name}, "
            + "text = #{r.text}, updated_by = #{by}, updated_at = #{at} WHERE id = #{r.id}")
    int update(@Param("r") NewItemRow row, @Param("by") long by, @Param("at") LocalDateTime at);

    @Update("UPDATE et_item SET image_key = #{key}, image_name = #{name} WHERE id = #{id}")
    int setImage(@Param("id") long id, @Param("key") String key, @Param("name") String name);

    @Insert("INSERT INTO et_option (item_id, position, text, fraction) VALUES (#{itemId}, #{position}, #{text}, #{fraction})")
    void insertOption(@Param("itemId") long itemId, @Param("position") int position, @Param("text") String text,
                      @Param("fraction") BigDecimal fraction);

    @Delete("DELETE FROM et_option WHERE item_id = #{itemId}")
    void deleteOptions(long itemId);

    @Delete("DELETE FROM et_item WHERE id = #{id}")
    int delete(long id);

    @Select("SELECT EXISTS (SELECT 1 FROM et_attempt_item WHERE item_id = #{itemId})")
    boolean drawn(long itemId);
}
