package kz.sabaq.attendance.exit;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ExitMapper {

    @Insert("INSERT IGNORE INTO att_exit_sweep (id, swept_until) VALUES (1, '1970-01-01 00:00:00')")
    void ensureSweep();

    @Select("SELECT swept_until FROM att_exit_sweep WHERE id = 1 FOR UPDATE")
    Optional<LocalDateTime> lockSweep();

    @Update("UPDATE att_exit_sweep SET swept_until = #{until} WHERE id = 1")
    void sweptUntil(LocalDateTime until);

    /**
     * "Did not mark exit" for every listener who arrived (and was not rejected or marked absent) in a
     * session that ended in {@code (from, to]} and has no departure yet. A conditional INSERT backed
     * by the UNIQUE key: running it again, or beside a check-out, records nothing twice.
     */
    @Insert("INSERT IGNORE INTO att_mark (session_id, student_id, phase, status, source, marked_at, session_ends_at) "
            + "SELECT i.session_id, i.student_id, 'OUT', 'NO_EXIT', 'AUTO', "
            + "DATE_ADD(i.session_ends_at, INTERVAL #{minutes} MINUTE), i.session_ends_at FROM att_mark i "
            + "WHERE i.phase = 'IN' AND i.session_ends_at > #{from} AND i.session_ends_at <= #{to} "
            + "AND i.status <> 'ABSENT' AND (i.review IS NULL OR i.review <> 'REJECTED') "
            + "AND NOT EXISTS (SELECT 1 FROM att_mark o WHERE o.session_id = i.session_id "
            + "AND o.student_id = i.student_id AND o.phase = 'OUT')")
    int recordNoExit(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("minutes") long minutes);
}
