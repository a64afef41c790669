package kz.sabaq.core.journal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Rows of {@code journal} and {@code journal_grade}. */
public interface JournalMapper {

    record SettingsRow(long streamId, String finalForm, boolean finalGradeToBeSet) {
    }

    record GradeRow(String kind, String value) {
    }

    @Select("SELECT stream_id, final_form, final_grade_to_be_set FROM journal WHERE stream_id = #{streamId}")
    SettingsRow settings(long streamId);

    @Insert("INSERT INTO journal_grade (stream_id, student_id, kind, value, source, set_by, set_at) "
            + "VALUES (#{streamId}, #{studentId}, #{kind}, #{value}, #{source}, #{setBy}, #{at}) "
            + "ON DUPLICATE KEY UPDATE value = VALUES(value), source = VALUES(source), set_by = VALUES(set_by), "
            + "set_at = VALUES(set_at)")
    void putGrade(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("kind") String kind,
                  @Param("value") String value, @Param("source") String source, @Param("setBy") long setBy,
                  @Param("at") Instant at);

    @Delete("DELETE FROM journal_grade WHERE stream_id = #{streamId} AND student_id = #{studentId} AND kind = #{kind}")
    void deleteGrade(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("kind") String kind);

    @Select("SELECT kind, value FROM journal_grade WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    List<GradeRow> grades(@Param("streamId") long streamId, @Param("studentId") long studentId);

    record CellRow(long studentId, String value) {
    }

    @Select("SELECT student_id, value FROM journal_grade WHERE stream_id = #{streamId} AND kind = #{kind}")
    List<CellRow> column(@Param("streamId") long streamId, @Param("kind") String kind);
}
