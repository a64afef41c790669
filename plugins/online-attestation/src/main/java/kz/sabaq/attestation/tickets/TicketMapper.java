package kz.sabaq.attestation.tickets;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The ticket bank's reads and writes. Every change is one conditional statement: nothing is changed
 * once a ticket of the stream has been given to a student, whatever runs at the same instant.
 */
public interface TicketMapper {
    String TICKET = "stream_id AS streamId, number, body, file_name AS fileName, file_key AS fileKey, "
            + "file_type AS fileType, file_size AS fileSize, saved_at AS savedAt";
    String NONE_GIVEN = "NOT EXISTS (SELECT 1 FROM oa_sitting g WHERE g.stream_id = #{streamId} "
            + "AND g.ticket_number IS NOT NULL)";

    @Select("SELECT " + TICKET + " FROM oa_ticket WHERE stream_id = #{streamId} ORDER BY number")
    List<Ticket> tickets(long streamId);

    @Select("SELECT " + TICKET + " FROM oa_ticket WHERE stream_id = #{streamId} AND number = #{number}")
    Ticket ticket(@Param("streamId") long streamId, @Param("number") int number);

    /** Tickets with a file or at least one character of text (blank text does not count). */
    @Select("SELECT COUNT(*) FROM oa_ticket WHERE stream_id = #{streamId} "
            + "AND (file_key IS NOT NULL OR CHAR_LENGTH(TRIM(COALESCE(body, ''))) > 0)")
    int entered(long streamId);

    /** When a ticket of the stream was last saved; null while none is. */
    @Select("SELECT MAX(saved_at) FROM oa_ticket WHERE stream_id = #{streamId}")
    Instant lastSaved(long streamId);

    @Select("SELECT COALESCE(MAX(number), 0) FROM oa_ticket WHERE stream_id = #{streamId}")
    int highestNumber(long streamId);

    @Select("SELECT EXISTS (SELECT 1 FROM oa_sitting WHERE stream_id = #{streamId} AND ticket_number IS NOT NULL)")
    boolean anyGiven(long streamId);

    /** Locks the stream's row for a copy that appends tickets. */
    @Select("SELECT ticket_count FROM oa_stream WHERE stream_id = #{streamId} FOR UPDATE")
    Integer lockCount(long streamId);

    @Update("UPDATE oa_stream SET ticket_count = #{count}, ticket_count_saved_at = #{now}, updated_at = #{now}, "
            + "updated_by = #{by} WHERE stream_id = #{streamId} AND by_ticket AND #{count} > 0 "
            + "AND #{count} >= (SELECT COALESCE(MAX(t.number), 0) FROM oa_ticket t WHERE t.stream_id = #{streamId}) "
            + "AND " + NONE_GIVEN)
    int saveCount(@Param("streamId") long streamId, @Param("count") int count, @Param("by") long by,
                  @Param("now") Instant now);

    @Insert("INSERT INTO oa_ticket (stream_id, number, body, file_name, file_key, file_type, file_size, saved_at, saved_by) "
            + "SELECT s.stream_id, #{number}, #{body}, #{fileName}, #{fileKey}, #{fileType}, #{fileSize}, #{now}, #{by} "
            + "FROM oa_stream s WHERE s.stream_id = #{streamId} AND s.by_ticket AND #{number} BETWEEN 1 AND s.ticket_count "
            + "AND " + NONE_GIVEN)
    int insert(@Param("streamId") long streamId, @Param("number") int number, @Param("body") String body,
               @Param("fileName") String fileName, @Param("fileKey") String fileKey, @Param("fileType") String fileType,
               @Param("fileSize") Long fileSize, @Param("by") long by, @Param("now") Instant now);

    /** A copy from another stream: the target's count is raised in the same transaction. */
    @Insert("INSERT INTO oa_ticket (stream_id, number, body, file_name, file_key, file_type, file_size, saved_at, saved_by) "
            + "VALUES (#{streamId}, #{number}, #{body}, #{fileName}, #{fileKey}, #{fileType}, #{fileSize}, #{now}, #{by})")
    int insertCopy(@Param("streamId") long streamId, @Param("number") int number, @Param("body") String body,
                   @Param("fileName") String fileName, @Param("fileKey") String fileKey, @Param("fileType") String fileType,
                   @Param("fileSize") Long fileSize, @Param("by") long by, @Param("now") Instant now);

    @Update("UPDATE oa_stream SET ticket_count = #{count}, ticket_count_saved_at = #{now}, updated_at = #{now}, "
            + "updated_by = #{by} WHERE stream_id = #{streamId}")
    int setCount(@Param("streamId") long streamId, @Param("count") int count, @Param("by") long by,
                 @Param("now") Instant now);

    @Update("UPDATE oa_ticket SET body = #{body}, saved_at = #{now}, saved_by = #{by} "
            + "WHERE stream_id = #{streamId} AND number = #{number} AND " + NONE_GIVEN)
    int updateBody(@Param("streamId") long streamId, @Param("number") int number, @Param("body") String body,
                   @Param("by") long by, @Param("now") Instant now);

    /** Sets or clears (all null) the ticket's file. */
    @Update("UPDATE oa_ticket SET file_name = #{fileName}, file_key = #{fileKey}, file_type = #{fileType}, "
            + "file_size = #{fileSize}, saved_at = #{now}, saved_by = #{by} "
            + "WHERE stream_id = #{streamId} AND number = #{number} AND " + NONE_GIVEN)
    int updateFile(@Param("streamId") long streamId, @Param("number") int number, @Param("fileName") String fileName,
                   @Param("fileKey") String fileKey, @Param("fileType") String fileType, @Param("fileSize") Long fileSize,
                   @Param("by") long by, @Param("now") Instant now);

    @Delete("DELETE FROM oa_ticket WHERE stream_id = #{streamId} AND number = #{number} AND " + NONE_GIVEN)
    int delete(@Param("streamId") long streamId, @Param("number") int number);

    /** Claims a copy dialog's token once, so a double submit copies nothing twice. */
    @Insert("INSERT IGNORE INTO oa_ticket_copy (token, stream_id, copied_by, copied_at) "
            + "VALUES (#{token}, #{streamId}, #{by}, #{now})")
    int claimCopy(@Param("token") String token, @Param("streamId") long streamId, @Param("by") long by,
                  @Param("now") Instant now);
}
