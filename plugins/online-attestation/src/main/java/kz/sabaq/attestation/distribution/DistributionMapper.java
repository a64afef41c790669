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

    /** {@link ChoiceFacts} with the key of its sitting. Public for the mapper's proxy, which builds it. */
    record KeyedFacts(long streamId, long studentId, boolean byTicket, int ticketCount, long slotId, Instant placedAt,
                      Integer ticketNumber, Instant startsAt, Instant endsAt, boolean admittedByDecision) {
        SittingKey sitting() {
            return new SittingKey(streamId, studentId);
        }

        ChoiceFacts facts() {
            return new ChoiceFacts(byTicket, ticketCount, slotId, placedAt, ticketNumber, startsAt, endsAt,
                    admittedByDecision);
        }
    }

    /**
     * Students' sittings with their stream, slot and admission decision, of any streams, in one read
     * ({@link PressReads}): {@code sittings} are rows {@code [streamId, studentId]} ({@link JsonRows}).
     * A sitting that does not exist has no row, and one listed twice has two.
     */
    @Select("SELECT s.stream_id, s.student_id, st.by_ticket, st.ticket_count, s.slot_id, s.placed_at, "
            + "s.ticket_number, sl.starts_at, sl.ends_at, d.student_id IS NOT NULL FROM oa_sitting s "
            + "JOIN JSON_TABLE(#{sittings}, '$[*]' COLUMNS (stream_id BIGINT PATH '$[0]', student_id BIGINT PATH '$[1]')) k "
            + "ON s.stream_id = k.stream_id AND s.student_id = k.student_id "
            + "JOIN oa_stream st ON st.stream_id = s.stream_id JOIN oa_slot sl ON sl.id = s.slot_id "
            + "LEFT JOIN oa_admission_decision d ON d.stream_id = s.stream_id AND d.student_id = s.student_id")
    List<KeyedFacts> factsOf(@Param("sittings") String sittings);

    /** A ticket held in a pool. */
    record Held(long streamId, long pool, int number) {
    }

    /**
     * The tickets held in several pools in one read: {@code pools} are rows {@code [streamId, pool]}
     * ({@link JsonRows}), each listed once.
     */
    @Select("SELECT s.stream_id, s.ticket_pool, s.ticket_number FROM oa_sitting s "
            + "JOIN JSON_TABLE(#{pools}, '$[*]' COLUMNS (stream_id BIGINT PATH '$[0]', pool BIGINT PATH '$[1]')) k "
            + "ON s.stream_id = k.stream_id AND s.ticket_pool = k.pool WHERE s.ticket_number IS NOT NULL")
    List<Held> heldInPools(@Param("pools") String pools);

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

    /** The takes' students as a table (stream_id, student_id, pool, number, at) of the rows {@link TakeCommits} gives. */
    String TAKES = "JSON_TABLE(#{takes}, '$[*]' COLUMNS (stream_id BIGINT PATH '$[0]', student_id BIGINT PATH '$[1]', "
            + "pool BIGINT PATH '$[2]', number INT PATH '$[3]', at DATETIME(6) PATH '$[4]')) k";

    /** The sittings of the takes' students (of any streams), locked until the transaction ends. */
    @Select("SELECT s.stream_id AS streamId, s.student_id AS studentId, s.slot_id AS slotId, "
            + "s.placed_at IS NOT NULL AS placed, s.ticket_number AS ticketNumber FROM oa_sitting s JOIN " + TAKES
            + " ON s.stream_id = k.stream_id AND s.student_id = k.student_id FOR UPDATE")
    List<Seat> lockSeats(@Param("takes") String takes);

    /**
     * The students' own choices, of any streams, in one statement, each only while without a ticket
     * (the caller has checked the rest under {@link #lockSeats}). A ticket another student holds in
     * its pool is skipped (IGNORE), not an error: the caller reads the seats again to tell which
     * (the count MariaDB returns includes the rows it skipped). A take listed twice is applied once.
     */
    @Update("UPDATE IGNORE oa_sitting s JOIN " + TAKES
            + " ON s.stream_id = k.stream_id AND s.student_id = k.student_id "
            + "SET s.ticket_number = k.number, s.ticket_pool = k.pool, s.ticket_source = 'CHOSEN', s.ticket_at = k.at "
            + "WHERE s.ticket_number IS NULL")
    void giveAllChosen(@Param("takes") String takes);

    /** Keeps the stream's first secret: a second maker's offer is ignored. */
    @Insert("INSERT IGNORE INTO oa_tile_secret (stream_id, secret, created_at) VALUES (#{streamId}, UNHEX(#{hex}), #{at})")
    void offerSecret(@Param("streamId") long streamId, @Param("hex") String hex, @Param("at") Instant at);

    /** The secret in hexadecimal (a byte[] result would be read as a list of rows). */
    @Select("SELECT HEX(secret) FROM oa_tile_secret WHERE stream_id = #{streamId}")
    String secret(long streamId);
}
