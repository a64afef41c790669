package kz.sabaq.examtest.attempt;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface TestMapper {
    String TEST = "SELECT id, stream_id, kind, topic, questions, minutes, attempts, mix, partial_credit, pass_percent, "
            + "show_result, opened_by, opened_at, closed_at FROM et_test ";
    String ATTEMPT = "SELECT id, test_id, student_id, number, started_at, deadline, submitted_at, submitted_by, score "
            + "FROM et_attempt ";

    @Insert("INSERT INTO et_test (stream_id, kind, topic, questions, minutes, attempts, mix, partial_credit, pass_percent, "
            + "show_result, opened_by, opened_at) VALUES (#{t.streamId}, #{t.kind}, #{t.topic}, #{t.questions}, #{t.minutes}, "
            + "#{t.attempts}, #{t.mix}, #{t.partialCredit}, #{t.passPercent}, #{t.showResult}, #{t.openedBy}, #{t.openedAt})")
    void insertTest(@Param("t") TestRow test);

    @Select(TEST + "WHERE id = #{id}")
    TestRow test(long id);

    @Select(TEST + "WHERE stream_id = #{streamId} ORDER BY kind, topic")
    List<TestRow> testsOfStream(long streamId);

    @Select(TEST + "WHERE stream_id = #{streamId} AND kind = #{kind} AND topic = #{topic}")
    TestRow testOf(@Param("streamId") long streamId, @Param("kind") String kind, @Param("topic") String topic);

    @Update("UPDATE et_test SET closed_at = #{at} WHERE id = #{id} AND closed_at IS NULL")
    int close(@Param("id") long id, @Param("at") LocalDateTime at);

    @Update("UPDATE et_test SET closed_at = NULL WHERE id = #{id}")
    int reopen(long id);

    // ---- attempts ---------------------------------------------------------------------------------

    @Insert("INSERT INTO et_attempt (test_id, student_id, number, started_at, deadline) "
            + "VALUES (#{testId}, #{studentId}, #{number}, #{startedAt}, #{deadline})")
    void insertAttempt(@Param("testId") long testId, @Param("studentId") long studentId, @Param("number") int number,
                       @Param("startedAt") LocalDateTime startedAt, @Param("deadline") LocalDateTime deadline);

    @Select(ATTEMPT + "WHERE test_id = #{testId} AND student_id = #{studentId} ORDER BY number")
    List<AttemptRow> attemptsOf(@Param("testId") long testId, @Param("studentId") long studentId);

    @Select(ATTEMPT + "WHERE test_id = #{testId} ORDER BY student_id, number")
    List<AttemptRow> attemptsOfTest(long testId);

    @Select(ATTEMPT + "WHERE id = #{id}")
    AttemptRow attempt(long id);

    @Select(ATTEMPT + "WHERE submitted_at IS NULL AND deadline <= #{now} ORDER BY deadline LIMIT 500")
    List<AttemptRow> expired(LocalDateTime now);

    /** Closes the attempt once: a deadline job and a late request never both score it. */
    @Update("UPDATE et_attempt SET submitted_at = #{at}, submitted_by = #{by}, score = #{score} "
            + "WHERE id = #{id} AND submitted_at IS NULL")
    int finish(@Param("id") long id, @Param("at") LocalDateTime at, @Param("by") String by, @Param("score") BigDecimal score);

    @Insert("INSERT INTO et_attempt_item (attempt_id, position, item_id, multiple, option_order) "
            + "VALUES (#{attemptId}, #{position}, #{itemId}, #{multiple}, #{optionOrder})")
    void insertItem(AttemptItemRow row);

    @Select("SELECT attempt_id, position, item_id, multiple, option_order FROM et_attempt_item "
            + "WHERE attempt_id = #{attemptId} ORDER BY position")
    List<AttemptItemRow> items(long attemptId);

    // ---- answers: the hot path of a running test ---------------------------------------------------

    /** The attempt's owner, deadline and state with the drawn item, in one read. */
    @Select("SELECT a.student_id, a.deadline, a.submitted_at, i.multiple, i.option_order FROM et_attempt a "
            + "JOIN et_attempt_item i ON i.attempt_id = a.id WHERE a.id = #{attemptId} AND i.position = #{position}")
    AnswerTarget target(@Param("attemptId") long attemptId, @Param("position") int position);

    @Insert("INSERT INTO et_answer (attempt_id, position, chosen, saved_at) VALUES (#{attemptId}, #{position}, #{chosen}, #{at}) "
            + "ON DUPLICATE KEY UPDATE chosen = VALUES(chosen), saved_at = VALUES(saved_at)")
    void saveAnswer(@Param("attemptId") long attemptId, @Param("position") int position, @Param("chosen") String chosen,
                    @Param("at") LocalDateTime at);

    @Select("SELECT attempt_id, position, chosen, saved_at FROM et_answer WHERE attempt_id = #{attemptId} ORDER BY position")
    List<AnswerRow> answers(long attemptId);

    /** What one answer is saved against. */
    record AnswerTarget(long studentId, LocalDateTime deadline, LocalDateTime submittedAt, boolean multiple,
                        String optionOrder) {
    }
}
