package kz.sabaq.core.journal;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** A whole journal's grade cells, and its settings row. */
public interface GradeTableMapper {

    record Cell(long studentId, String kind, String value) {
    }

    @Select("SELECT student_id, kind, value FROM journal_grade WHERE stream_id = #{streamId}")
    List<Cell> cells(long streamId);

    /** Locks the journal row until the transaction ends, so two saves of one journal queue up. */
    @Select("SELECT COUNT(*) FROM journal WHERE stream_id = #{streamId} FOR UPDATE")
    int lockJournal(long streamId);

    @Update("UPDATE journal SET final_form = #{form}, final_grade_to_be_set = #{toBeSet} WHERE stream_id = #{streamId}")
    int updateSettings(@Param("streamId") long streamId, @Param("form") String form,
                       @Param("toBeSet") boolean toBeSet);
}
