package kz.sabaq.attestation.distribution;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Distribution's own reads and writes of tickets given; the only writer of oa_sitting's ticket columns. */
public interface DistributionMapper {

    /** Where a student's ticket stands; {@code ticketPool} and {@code ticketNumber} null without a ticket. */
    record Given(long studentId, long slotId, Integer ticketNumber, Long ticketPool) {
    }

    /**
     * Every sitting of the stream, locked until the transaction ends: a generation sees the pool as
     * it is and no choice can slip in between its read and its writes.
     */
    @Select("SELECT student_id AS studentId, slot_id AS slotId, ticket_number AS ticketNumber, "
            + "ticket_pool AS ticketPool FROM oa_sitting WHERE stream_id = #{streamId} ORDER BY student_id FOR UPDATE")
    List<Given> lockStream(long streamId);

    /** The student's sitting with its stream, slot and admission decision; null without a sitting. */
    @Select("SELECT st.by_ticket, st.ticket_count, s.slot_id, s.placed_at, s.ticket_number, sl.starts_at, sl.ends_at, "
            + "d.student_id IS NOT NULL FROM oa_sitting s JOIN oa_stream st ON st.stream_id = s.stream_id "
            + "JOIN oa_slot sl ON sl.id = s.slot_id "
            + "LEFT JOIN oa_admission_decision d ON d.stream_id = s.stream_id AND d.student_id = s.student_id "
            + "WHERE s.stream_id = #{streamId} AND s.student_id = #{studentId}")
    ChoiceFacts facts(@Param("streamId") long streamId, @Param("studentId") long studentId);

    @Select("SELECT ticket_number FROM oa_sitting WHERE stream_id = #{streamId} AND ticket_pool = #{pool} "
            + "AND ticket_number IS NOT NULL")
    List<Integer> usedInPool(@Param("streamId") long streamId, @Param("pool") long pool);

    /** Gives a generated ticket, only to a student who still has none. */
    @Update("UPDATE oa_sitting SET ticket_number = #{number}, ticket_pool = #{pool}, ticket_source = 'GENERATED', "
            + "ticket_at = #{at} WHERE stream_id = #{streamId} AND student_id = #{studentId} AND slot_id = #{slotId} "
            + "AND ticket_number IS NULL")
    int giveGenerated(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("slotId") long slotId,
                      @Param("pool") long pool, @Param("number") int number, @Param("at") Instant at);

    /**
     * The student's own choice: only while placed and without a ticket. A ticket someone else holds
     * in the pool fails on the unique key (stream, pool, number).
     */
    @Update("UPDATE oa_sitting SET ticket_number = #{number}, ticket_pool = #{pool}, ticket_source = 'CHOSEN', "
            + "ticket_at = #{at} WHERE stream_id = #{streamId} AND student_id = #{studentId} AND slot_id = #{slotId} "
            + "AND placed_at IS NOT NULL AND ticket_number IS NULL")
    int giveChosen(@Param("streamId") long streamId, @Param("studentId") long studentId, @Param("slotId") long slotId,
                   @Param("pool") long pool, @Param("number") int number, @Param("at") Instant at);

    /** A sitting as a group of takes finds it: whether the student may take a ticket there now. */
    record Seat(long streamId, long studentId, long slotId, boolean placed, Integer ticketNumber) {
    }

    /** The takes' students as a derived table (stream_id, student_id, pool, number, at), one row a take. */
    String TAKES = "(<foreach collection='takes' item='t' separator=' UNION ALL '>SELECT CAST(#{t.streamId} AS SIGNED) "
            + "AS stream_id, CAST(#{t.studentId} AS SIGNED) AS student_id, CAST(#{t.pool} AS SIGNED) AS pool, "
            + "CAST(#{t.number} AS SIGNED) AS number, CAST(#{t.at} AS DATETIME(3)) AS at</foreach>) k";

    /** The sittings of the takes' students (of any streams), locked until the transaction ends. */
    @Select("<script>SELECT s.stream_id AS streamId, s.student_id AS studentId, s.slot_id AS slotId, "
            + "s.placed_at IS NOT NULL AS placed, s.ticket_number AS ticketNumber FROM oa_sitting s JOIN " + TAKES
            + " ON s.stream_id = k.stream_id AND s.student_id = k.student_id FOR UPDATE</script>")
    List<Seat> lockSeats(@Param("takes") List<TakeCommits.Take> takes);

    /**
     * The students' own choices, of any streams, in one statement, each only while without a ticket
     * (the caller has checked the rest under {@link #lockSeats}). A ticket another student holds in
     * its pool is skipped (IGNORE), not an error: the caller reads the seats again to tell which
     * (the count MariaDB returns includes the rows it skipped). A take listed twice is applied once.
     */
    @Update("<script>UPDATE IGNORE oa_sitting s JOIN " + TAKES
            + " ON s.stream_id = k.stream_id AND s.student_id = k.student_id "
            + "SET s.ticket_number = k.number, s.ticket_pool = k.pool, s.ticket_source = 'CHOSEN', s.ticket_at = k.at "
            + "WHERE s.ticket_number IS NULL</script>")
    void giveAllChosen(@Param("takes") List<TakeCommits.Take> takes);

    /** Keeps the stream's first secret: a second maker's offer is ignored. */
    @Insert("INSERT IGNORE INTO oa_tile_secret (stream_id, secret, created_at) VALUES (#{streamId}, UNHEX(#{hex}), #{at})")
    void offerSecret(@Param("streamId") long streamId, @Param("hex") String hex, @Param("at") Instant at);

    /** The secret in hexadecimal (a byte[] result would be read as a list of rows). */
    @Select("SELECT HEX(secret) FROM oa_tile_secret WHERE stream_id = #{streamId}")
    String secret(long streamId);
}
