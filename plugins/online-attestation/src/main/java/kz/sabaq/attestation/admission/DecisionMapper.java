package kz.sabaq.attestation.admission;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;

/** Writes "admitted by decision"; reading it is {@code AttestationMapper#admissionDecision}. */
public interface DecisionMapper {

    /** A new decision replaces an earlier one (a changed reason); the audit log keeps both. */
    @Insert("INSERT INTO oa_admission_decision (stream_id, student_id, reason, decided_at, decided_by) "
            + "VALUES (#{streamId}, #{studentId}, #{reason}, #{now}, #{by}) "
            + "ON DUPLICATE KEY UPDATE reason = VALUES(reason), decided_at = VALUES(decided_at), "
            + "decided_by = VALUES(decided_by)")
    void admit(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("reason") String reason,
               @Param("now") Instant now, @Param("by") long by);
}
