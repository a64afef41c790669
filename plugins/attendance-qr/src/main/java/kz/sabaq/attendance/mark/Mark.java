package kz.sabaq.attendance.mark;

import java.time.LocalDateTime;
import kz.sabaq.attendance.code.Phase;

/**
 * One listener's arrival or departure in one session; at most one per listener, session and phase.
 *
 * @param markedAt server time of the mark, UTC
 * @param review   null unless the mark was found suspicious
 */
public record Mark(long id, long sessionId, long studentId, Phase phase, MarkStatus status, Source source,
                   LocalDateTime markedAt, Review review) {

    public boolean suspicious() {
        return review == Review.PENDING;
    }
}
