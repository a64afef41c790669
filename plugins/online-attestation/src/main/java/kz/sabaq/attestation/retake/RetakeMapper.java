package kz.sabaq.attestation.retake;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The sittings' attempts: the current one's number in {@code oa_sitting}, earlier ones in {@code oa_sitting_attempt}. */
public interface RetakeMapper {

    record Current(long studentId, int attempt) {
    }

    record Past(int attempt, long slotId, Integer ticketNumber, Instant answerSentAt, String absence, String answer,
                String grade, Instant archivedAt) {
    }

    record PastFile(int attempt, String fileName, long fileSize) {
    }

    @Select("SELECT student_id AS studentId, attempt FROM oa_sitting WHERE stream_id = #{streamId}")
    List<Current> attemptsOfStream(long streamId);

    /** The current sitting's attempt under a row lock; null without a sitting. */
    @Select("SELECT attempt FROM oa_sitting WHERE stream_id = #{streamId} AND student_id = #{studentId} FOR UPDATE")
    Integer lockAttempt(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Insert("INSERT INTO oa_sitting_attempt (stream_id, student_id, attempt, slot_id, ticket_number, ticket_source, "
            + "ticket_at, questions_sent_at, questions_viewed_at, task, answer_sent_at, absence, answer, grade, "
            + "archived_at, archived_by) "
            + "SELECT s.stream_id, s.student_id, s.attempt, s.slot_id, s.ticket_number, s.ticket_source, s.ticket_at, "
            + "s.questions_sent_at, s.questions_viewed_at, s.task, s.answer_sent_at, s.absence, a.body, #{grade}, "
            + "#{at}, #{by} FROM oa_sitting s LEFT JOIN oa_answer a ON a.stream_id = s.stream_id "
            + "AND a.student_id = s.student_id WHERE s.stream_id = #{streamId} AND s.student_id = #{studentId}")
    int keep(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("grade") String grade,
             @Param("at") Instant at, @Param("by") long by);

    @Insert("INSERT INTO oa_sitting_attempt_file (id, stream_id, student_id, attempt, file_key, file_name, file_type, "
            + "file_size, uploaded_at) SELECT f.id, f.stream_id, f.student_id, s.attempt, f.file_key, f.file_name, "
            + "f.file_type, f.file_size, f.uploaded_at FROM oa_answer_file f JOIN oa_sitting s "
            + "ON s.stream_id = f.stream_id AND s.student_id = f.student_id "
            + "WHERE f.stream_id = #{streamId} AND f.student_id = #{studentId}")
    int keepFiles(@Param("streamId") long streamId, @Param("studentId") long studentId);

    /** Frees the student for the retake's sitting; the answer, its file rows and presence go with it (kept above). */
    @Delete("DELETE FROM oa_sitting WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    int release(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Select("SELECT attempt, slot_id AS slotId, ticket_number AS ticketNumber, answer_sent_at AS answerSentAt, absence, "
            + "answer, grade, archived_at AS archivedAt FROM oa_sitting_attempt "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId} ORDER BY attempt")
    List<Past> past(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Select("SELECT attempt, file_name AS fileName, file_size AS fileSize FROM oa_sitting_attempt_file "
            + "WHERE stream_id = #{streamId} AND student_id = #{studentId} ORDER BY attempt, id")
    List<PastFile> pastFiles(@Param("streamId") long streamId, @Param("studentId") long studentId);
}
