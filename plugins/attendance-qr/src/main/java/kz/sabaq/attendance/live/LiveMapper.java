package kz.sabaq.attendance.live;

import org.apache.ibatis.annotations.Select;

public interface LiveMapper {

    /** Changes whenever a mark is added, changed by hand, reviewed or given a signal, on any node. */
    @Select("SELECT CONCAT(COUNT(*), '.', COALESCE(MAX(m.id), 0), '.', "
            + "(SELECT COUNT(*) FROM att_mark_change c WHERE c.session_id = #{sessionId}), '.', "
            + "(SELECT COUNT(*) FROM att_signal s JOIN att_mark sm ON sm.id = s.mark_id WHERE sm.session_id = #{sessionId})) "
            + "FROM att_mark m WHERE m.session_id = #{sessionId}")
    String fingerprint(long sessionId);
}
