package kz.sabaq.attestation.exam;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The exam page's reads and writes. Every write that a rule limits is a conditional update: it
 * changes nothing once the answer was sent, whatever two requests do at the same instant.
 */
public interface ExamMapper {

    record TicketContent(String body, String fileName, String fileKey, String fileType, Long fileSize) {
    }

    record AnswerFile(long id, long streamId, long studentId, String fileKey, String fileName, String fileType,
                      long fileSize, Instant uploadedAt) {
    }

    record Presence(long studentId, Instant lastSeen) {
    }

    @Select("SELECT body, file_name AS fileName, file_key AS fileKey, file_type AS fileType, file_size AS fileSize "
            + "FROM oa_ticket WHERE stream_id = #{streamId} AND number = #{number}")
    TicketContent ticket(@Param("streamId") long streamId, @Param("number") int number);

    @Update("UPDATE oa_sitting SET questions_viewed_at = #{now} WHERE stream_id = #{streamId} "
            + "AND student_id = #{studentId} AND questions_sent_at IS NOT NULL AND ticket_number IS NOT NULL "
            + "AND questions_viewed_at IS NULL")
    int markViewed(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("now") Instant now);

    @Update("UPDATE oa_sitting SET task = #{task}, task_saved_at = #{now}, task_saved_by = #{by} "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId} AND answer_sent_at IS NULL")
    int saveTask(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("task") String task,
                 @Param("now") Instant now, @Param("by") long by);

    @Select("SELECT body FROM oa_answer WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    String answer(@Param("streamId") long streamId, @Param("studentId") long studentId);

    /** Saves the draft unless the answer was sent; returns 0 when it was. */
    @Insert("INSERT INTO oa_answer (stream_id, student_id, body, saved_at) "
            + "SELECT stream_id, student_id, #{body}, #{now} FROM oa_sitting "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId} AND answer_sent_at IS NULL "
            + "ON DUPLICATE KEY UPDATE body = VALUES(body), saved_at = VALUES(saved_at)")
    int saveDraft(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("body") String body,
                  @Param("now") Instant now);

    @Select("SELECT id, stream_id AS streamId, student_id AS studentId, file_key AS fileKey, file_name AS fileName, "
            + "file_type AS fileType, file_size AS fileSize, uploaded_at AS uploadedAt FROM oa_answer_file "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId} ORDER BY id")
    List<AnswerFile> files(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Select("SELECT id, stream_id AS streamId, student_id AS studentId, file_key AS fileKey, file_name AS fileName, "
            + "file_type AS fileType, file_size AS fileSize, uploaded_at AS uploadedAt FROM oa_answer_file "
            + "WHERE id = #{id}")
    AnswerFile file(long id);

    /** Locks the sitting's row for the rest of the transaction (uploads check the total under it). */
    @Select("SELECT answer_sent_at FROM oa_sitting WHERE stream_id = #{streamId} AND student_id = #{studentId} FOR UPDATE")
    Instant lockSitting(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Insert("INSERT INTO oa_answer_file (stream_id, student_id, file_key, file_name, file_type, file_size, uploaded_at) "
            + "VALUES (#{streamId}, #{studentId}, #{fileKey}, #{fileName}, #{fileType}, #{fileSize}, #{uploadedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void addFile(FileRow row);

    /** Mutable row for inserts (MyBatis sets the generated id). */
    final class FileRow {
        public long id;
        public long streamId;
        public long studentId;
        public String fileKey;
        public String fileName;
        public String fileType;
        public long fileSize;
        public Instant uploadedAt;
    }

    @Delete("DELETE f FROM oa_answer_file f JOIN oa_sitting s ON s.stream_id = f.stream_id AND s.student_id = f.student_id "
            + "WHERE f.id = #{id} AND s.answer_sent_at IS NULL")
    int deleteFile(long id);

    @Update("UPDATE oa_sitting SET answer_sent_at = #{now} WHERE stream_id = #{streamId} AND student_id = #{studentId} "
            + "AND answer_sent_at IS NULL")
    int send(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("now") Instant now);

    @Update("UPDATE oa_sitting SET absence = #{absence} WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    int setAbsence(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("absence") String absence);

    @Insert("INSERT INTO oa_presence (stream_id, student_id, slot_id, last_seen) VALUES (#{streamId}, #{studentId}, "
            + "#{slotId}, #{now}) ON DUPLICATE KEY UPDATE slot_id = VALUES(slot_id), last_seen = VALUES(last_seen)")
    int seen(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("slotId") long slotId,
             @Param("now") Instant now);

    @Update("UPDATE oa_presence SET last_seen = NULL WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    int left(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Select("SELECT p.student_id AS studentId, p.last_seen AS lastSeen FROM oa_presence p JOIN oa_sitting s "
            + "ON s.stream_id = p.stream_id AND s.student_id = p.student_id WHERE s.slot_id = #{slotId}")
    List<Presence> presenceOfSlot(long slotId);

    /** Recording links of a slot (the slot part writes them). */
    @Select("SELECT url FROM oa_recording WHERE slot_id = #{slotId} ORDER BY id")
    List<String> recordings(long slotId);
}
