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
     * Nothing else is asked here: a subquery in RETURNING is planned afresh on every scan
     * (docs/benchmarks.md); marks sharing a source are looked for only when a cheap signal says so.
     */
    @Select(INSERT + "VALUES (" + VALUES + ") RETURNING id")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    Optional<Long> claim(@Param("m") Mark mark, @Param("endsAt") LocalDateTime sessionEndsAt,
                         @Param("device") byte[] device, @Param("address") String address);

    /**
     * The same claim for a departure, which needs the listener's arrival: the row is selected from
     * the arrival by its UNIQUE key (a constant lookup, no subquery), so without an arrival nothing
     * is inserted, and the caller, finding no earlier departure either, refuses the scan.
     */
    @Select(INSERT + "SELECT " + VALUES + "FROM att_mark a WHERE a.session_id = #{m.sessionId} "
            + "AND a.student_id = #{m.studentId} AND a.phase = 'IN' RETURNING id")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    Optional<Long> claimDeparture(@Param("m") Mark mark, @Param("endsAt") LocalDateTime sessionEndsAt,
                                  @Param("device") byte[] device, @Param("address") String address);

    String INSERT = "INSERT IGNORE INTO att_mark (session_id, student_id, phase, status, source, marked_at, "
            + "session_ends_at, review, device_hash, address) ";
    String VALUES = "#{m.sessionId}, #{m.studentId}, #{m.phase}, #{m.status}, #{m.source}, #{m.markedAt}, "
            + "#{endsAt}, #{m.review}, #{device}, #{address} ";
    String SHARING_WHERE = "o.session_id = #{m.sessionId} AND o.phase = #{m.phase} AND o.student_id <> #{m.studentId} ";

    /**
     * Other listeners' marks of this session and phase from the same device, or from
     * {@code nearAddress} between {@code from} and {@code to} (null: not compared), each with
     * whether it shares the device. Asked only after a cheap signal, it reads one session's marks
     * through the (session, phase, device) index; no index of its own slows every scan's insert.
     */
    @Select("SELECT " + COLUMNS + ", COALESCE(o.device_hash = #{device}, FALSE) AS same_device FROM att_mark o WHERE " + SHARING_WHERE
            + "AND (o.device_hash = #{device} OR (o.address = #{nearAddress} AND o.marked_at BETWEEN #{from} AND #{to}))")
    List<Shared> sharing(@Param("m") Mark mark, @Param("device") byte[] device, @Param("nearAddress") String nearAddress,
                         @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Another listener's mark that shares a source with a new one. */
    record Shared(long id, long sessionId, long studentId, Phase phase, MarkStatus status, Source source,
                  LocalDateTime markedAt, Review review, boolean sameDevice) {
    }

    /** Whether a listener other than {@code studentId} completed the receipt this browser scanned at that instant. */
    @Select("SELECT COUNT(*) FROM att_mark o WHERE session_id = #{sessionId} AND phase = #{phase} "
            + "AND device_hash = #{device} AND marked_at = #{scannedAt} AND student_id <> #{studentId}")
    int receiptUsedByOther(@Param("sessionId") long sessionId, @Param("phase") Phase phase, @Param("device") byte[] device,
                           @Param("scannedAt") LocalDateTime scannedAt, @Param("studentId") long studentId);

    @Select("SELECT " + COLUMNS + " FROM att_mark o WHERE session_id = #{sessionId} AND student_id = #{studentId} "
            + "AND phase = #{phase}")
    Optional<Mark> find(@Param("sessionId") long sessionId, @Param("studentId") long studentId, @Param("phase") Phase phase);

    @Select("SELECT " + COLUMNS + " FROM att_mark o WHERE id = #{id}")
    Optional<Mark> byId(long id);

    @Select("SELECT " + COLUMNS + " FROM att_mark o WHERE session_id = #{sessionId} ORDER BY marked_at, id")
    List<Mark> ofSession(long sessionId);

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
