package kz.sabaq.api.attendance;

import java.util.List;

/**
 * One student's marks in one stream (a discipline's section).
 *
 * @param scheduledSessions every session of the stream, held or not: the base of a share
 * @param held              the sessions held so far, in time order, one mark each
 */
public record StudentMarks(long streamId, long studentId, int scheduledSessions, List<AttendanceMark> held) {

    public StudentMarks {
        held = List.copyOf(held);
    }
}
