package kz.sabaq.attendance.session;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** A trainer's changes to marks, and their history. */
public interface ChangeMapper {

    @Select("SELECT " + MarkMapper.COLUMNS + " FROM att_mark WHERE session_id = #{sessionId} "
            + "AND student_id = #{studentId} AND phase = #{phase} FOR UPDATE")
    Optional<Mark> lock(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("phase") Phase phase);

    /** A manual mark: a new row, or the listener's existing mark changed (its time of arrival kept). */
    @Insert("INSERT INTO att_mark (session_id, student_id, phase, status, source, marked_at, session_ends_at) "
            + "VALUES (#{sessionId}, #{studentId}, #{phase}, #{status}, 'MANUAL', #{now}, #{endsAt}) "
            + "ON DUPLICATE KEY UPDATE status = VALUES(status), source = 'MANUAL', review = NULL")
    void setManual(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("phase") Phase phase,
                   @Param("status") MarkStatus status, @Param("now") LocalDateTime now,
                   @Param("endsAt") LocalDateTime endsAt);

    /**
     * A manual arrival for a listener who has none yet; 0 when one is there (a scan that came in
     * meanwhile, or the other half of a double click, which waits on the unique key and finds it).
     */
    @Insert("INSERT IGNORE INTO att_mark (session_id, student_id, phase, status, source, marked_at, session_ends_at) "
            + "VALUES (#{sessionId}, #{studentId}, 'IN', #{status}, 'MANUAL', #{now}, #{endsAt})")
    int addManualArrival(@Param("sessionId") long sessionId, @Param("studentId") long studentId,
                         @Param("status") MarkStatus status, @Param("now") LocalDateTime now,
                         @Param("endsAt") LocalDateTime endsAt);

    /** Decides a pending review; 0 when it was not pending (decided meanwhile by someone else). */
    @Update("UPDATE att_mark SET review = #{decision} WHERE id = #{id} AND review = 'PENDING'")
    int decide(@Param("id") long id, @Param("decision") Review decision);

    @Insert("INSERT INTO att_mark_change (session_id, student_id, phase, changed_by, changed_at, status_before, "
            + "status_after, review_before, review_after, reason, note, source) VALUES (#{c.sessionId}, #{c.studentId}, "
            + "#{c.phase}, #{c.changedBy}, #{c.changedAt}, #{c.statusBefore}, #{c.statusAfter}, #{c.reviewBefore}, "
            + "#{c.reviewAfter}, #{c.reason}, #{c.note}, #{c.source})")
    void record(@Param("c") MarkChange change);

    @Select("SELECT id, session_id, student_id, phase, changed_by, changed_at, status_before, status_after, "
            + "review_before, review_after, reason, note, source FROM att_mark_change WHERE session_id = #{sessionId} "
            + "ORDER BY changed_at, id")
    List<MarkChange> ofSession(long sessionId);
}
