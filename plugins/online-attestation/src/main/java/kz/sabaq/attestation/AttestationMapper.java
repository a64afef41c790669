package kz.sabaq.attestation;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Reads of the shared tables; each feature writes through a mapper of its own. */
public interface AttestationMapper {
    String STREAM = "stream_id AS streamId, online, by_ticket AS byTicket, ticket_count AS ticketCount, "
            + "ticket_count_saved_at AS ticketCountSavedAt, by_test AS byTest";
    String SLOT = "id, stream_id AS streamId, starts_at AS startsAt, ends_at AS endsAt, notified_at AS notifiedAt, "
            + "platform, platform_values AS platformValues, has_recording AS hasRecording, "
            + "show_recording AS showRecording";
    String SITTING = "stream_id AS streamId, student_id AS studentId, slot_id AS slotId, placed_at AS placedAt, "
            + "ticket_number AS ticketNumber, ticket_source AS ticketSource, ticket_at AS ticketAt, "
            + "questions_sent_at AS questionsSentAt, questions_viewed_at AS questionsViewedAt, task, "
            + "answer_sent_at AS answerSentAt, absence, attempt";

    @Select("SELECT " + STREAM + " FROM oa_stream WHERE stream_id = #{streamId}")
    OnlineStream stream(long streamId);

    @Select("SELECT " + SLOT + " FROM oa_slot WHERE id = #{slotId}")
    ExamSlot slot(long slotId);

    @Select("SELECT " + SLOT + " FROM oa_slot WHERE stream_id = #{streamId} ORDER BY starts_at, id")
    List<ExamSlot> slotsOfStream(long streamId);

    @Select("SELECT " + SITTING + " FROM oa_sitting WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    Sitting sitting(@Param("streamId") long streamId, @Param("studentId") long studentId);

    /** Sittings with their slots and their streams' online state, for {@link Opening}. */
    String OPENING = "SELECT s.stream_id, s.student_id, s.slot_id, s.placed_at, s.ticket_number, s.ticket_source, "
            + "s.ticket_at, s.questions_sent_at, s.questions_viewed_at, s.task, s.answer_sent_at, s.absence, s.attempt, "
            + "sl.starts_at, sl.ends_at, sl.notified_at, sl.platform, sl.platform_values, sl.has_recording, "
            + "sl.show_recording, st.online, st.by_ticket, st.ticket_count, st.ticket_count_saved_at, st.by_test "
            + "FROM oa_sitting s JOIN oa_slot sl ON sl.id = s.slot_id "
            + "LEFT JOIN oa_stream st ON st.stream_id = s.stream_id ";

    /** The sitting with its slot and the stream's online state; null without a sitting (or its slot). */
    @Select(OPENING + "WHERE s.stream_id = #{streamId} AND s.student_id = #{studentId}")
    Opening opening(@Param("streamId") long streamId, @Param("studentId") long studentId);

    /**
     * Every sitting of a student that has a slot, each with its slot, in one read: the list of one's
     * own final controls and the cabinet's, which read a slot per sitting before.
     */
    @Select(OPENING + "WHERE s.student_id = #{studentId}")
    List<Opening> openings(long studentId);

    @Select("SELECT " + SITTING + " FROM oa_sitting WHERE slot_id = #{slotId}")
    List<Sitting> sittingsOfSlot(long slotId);

    @Select("SELECT " + SITTING + " FROM oa_sitting WHERE stream_id = #{streamId}")
    List<Sitting> sittingsOfStream(long streamId);

    /** The reason a student was admitted by decision in the stream, or null without a decision. */
    @Select("SELECT reason FROM oa_admission_decision WHERE stream_id = #{streamId} AND student_id = #{studentId}")
    String admissionDecision(@Param("streamId") long streamId, @Param("studentId") long studentId);
}
