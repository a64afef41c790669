package kz.sabaq.attendance.mark;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kz.sabaq.attendance.code.Phase;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface MarkMapper {
    String COLUMNS = "id, session_id, student_id, phase, status, source, marked_at, review";

    /**
     * A scan's claim-once in one round trip: inserts the mark unless the listener already has one
     * for this session and phase (UNIQUE key), and returns its id. Empty when an earlier mark stood.
     */
    @Select("INSERT IGNORE INTO att_mark (session_id, student_id, phase, status, source, marked_at, session_ends_at, "
            + "review, device_hash, address) VALUES (#{m.sessionId}, #{m.studentId}, #{m.phase}, #{m.status}, #{m.source}, "
            + "#{m.markedAt}, #{endsAt}, #{m.review}, #{device}, #{address}) "
            + "RETURNING id")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    Optional<Long> claim(@Param("m") Mark mark, @Param("endsAt") LocalDateTime sessionEndsAt,
                            @Param("device") byte[] device, @Param("address") String address);

    @Select("SELECT " + COLUMNS + " FROM att_mark WHERE session_id = #{sessionId} AND student_id = #{studentId} "
            + "AND phase = #{phase}")
    Optional<Mark> find(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("phase") Phase phase);

    @Select("SELECT " + COLUMNS + " FROM att_mark WHERE id = #{id}")
    Optional<Mark> byId(long id);

    @Select("SELECT " + COLUMNS + " FROM att_mark WHERE session_id = #{sessionId} ORDER BY marked_at, id")
    List<Mark> ofSession(long sessionId);

    /** Marks of other listeners made from the same browser in this session and phase. */
    @Select("SELECT " + COLUMNS + " FROM att_mark WHERE session_id = #{sessionId} AND phase = #{phase} "
            + "AND device_hash = #{device} AND student_id <> #{studentId}")
    List<Mark> sameDevice(@Param("sessionId") long sessionId, @Param("phase") Phase phase, @Param("device") byte[] device,
                          @Param("studentId") long studentId);

    @Insert("INSERT IGNORE INTO att_signal (mark_id, reason, detail) VALUES (#{markId}, #{reason}, #{detail})")
    int addSignal(@Param("markId") long markId, @Param("reason") Signal reason, @Param("detail") String detail);

    /** Flags a mark for the trainer unless they already looked at it. */
    @Update("UPDATE att_mark SET review = 'PENDING' WHERE id = #{id} AND review IS NULL")
    int flag(long id);

    @Select("SELECT s.mark_id, s.reason, s.detail FROM att_signal s JOIN att_mark m ON m.id = s.mark_id "
            + "WHERE m.session_id = #{sessionId} ORDER BY s.mark_id, s.reason")
    List<SignalRow> signalsOfSession(long sessionId);

    @Select("SELECT mark_id, reason, detail FROM att_signal WHERE mark_id = #{markId} ORDER BY reason")
    List<SignalRow> signalsOf(long markId);

    /** Stores the phone's position once, on the listener's own mark. */
    @Update("UPDATE att_mark SET latitude = #{latitude}, longitude = #{longitude} WHERE id = #{id} "
            + "AND student_id = #{studentId} AND latitude IS NULL")
    int setPosition(@Param("id") long id, @Param("studentId") long studentId, @Param("latitude") double latitude,
                    @Param("longitude") double longitude);
}
