package kz.sabaq.attestation.slot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The slot actions' writes. Each is conditional on the state the action needs, so a double submit
 * or two staff members at the same instant change each row once.
 */
public interface SlotMapper {

    /** A link to a video recording of the slot's conference (table {@code oa_recording}). */
    record Recording(long id, long slotId, String url) {
    }

    /** A slot held on a platform with the number of students seated in it, for the capacity warning. */
    record PlatformLoad(long id, Instant startsAt, Instant endsAt, long seated) {
    }

    @Select("SELECT s.id, s.starts_at, s.ends_at, (SELECT COUNT(*) FROM oa_sitting t WHERE t.slot_id = s.id) AS seated "
            + "FROM oa_slot s WHERE s.platform = #{platform} AND s.starts_at < #{to} AND s.ends_at > #{from}")
    List<PlatformLoad> onPlatform(@Param("platform") String platform, @Param("from") Instant from, @Param("to") Instant to);

    /** The slots on a platform that start in {@code [from, to)}, which core prepares on their platforms. */
    @Select("SELECT id FROM oa_slot WHERE platform IS NOT NULL AND starts_at >= #{from} AND starts_at < #{to}")
    List<Long> startingOnPlatforms(@Param("from") Instant from, @Param("to") Instant to);

    @Update("UPDATE oa_slot SET notified_at = #{now} WHERE id = #{slotId} AND notified_at IS NULL")
    int markNotified(@Param("slotId") long slotId, @Param("now") Instant now);

    @Update("UPDATE oa_slot SET platform = #{platform}, platform_values = #{values} WHERE id = #{slotId}")
    int savePlatform(@Param("slotId") long slotId, @Param("platform") String platform, @Param("values") String values);

    @Update("UPDATE oa_slot SET has_recording = #{has}, show_recording = #{show} WHERE id = #{slotId} AND platform IS NOT NULL")
    int saveRecordingFlags(@Param("slotId") long slotId, @Param("has") boolean has, @Param("show") boolean show);

    @Select("SELECT id, slot_id AS slotId, url FROM oa_recording WHERE slot_id = #{slotId} ORDER BY id")
    List<Recording> recordings(long slotId);

    @Insert("INSERT INTO oa_recording (slot_id, url, added_at, added_by) SELECT id, #{url}, #{now}, #{by} FROM oa_slot "
            + "WHERE id = #{slotId} AND platform IS NOT NULL AND has_recording")
    int addRecording(@Param("slotId") long slotId, @Param("url") String url, @Param("by") long by, @Param("now") Instant now);

    /** Deletes the slot's recording and returns its link; empty when it was not there (gone already). */
    @Select("DELETE FROM oa_recording WHERE id = #{id} AND slot_id = #{slotId} RETURNING url")
    @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
    Optional<String> deleteRecording(@Param("slotId") long slotId, @Param("id") long id);

    @Update("UPDATE oa_sitting SET placed_at = #{now} WHERE slot_id = #{slotId} AND student_id = #{studentId} "
            + "AND placed_at IS NULL AND ticket_number IS NULL")
    int place(@Param("slotId") long slotId, @Param("studentId") long studentId, @Param("now") Instant now);

    /** Takes the "Choose a ticket" block away and frees the ticket the student took, before questions went out. */
    @Update("UPDATE oa_sitting SET placed_at = NULL, ticket_number = NULL, ticket_pool = NULL, ticket_source = NULL, "
            + "ticket_at = NULL WHERE slot_id = #{slotId} AND student_id = #{studentId} AND placed_at IS NOT NULL "
            + "AND questions_sent_at IS NULL")
    int cancel(@Param("slotId") long slotId, @Param("studentId") long studentId);

    @Update("UPDATE oa_sitting SET questions_sent_at = #{now} WHERE slot_id = #{slotId} AND student_id = #{studentId} "
            + "AND ticket_number IS NOT NULL AND questions_sent_at IS NULL")
    int send(@Param("slotId") long slotId, @Param("studentId") long studentId, @Param("now") Instant now);
}
