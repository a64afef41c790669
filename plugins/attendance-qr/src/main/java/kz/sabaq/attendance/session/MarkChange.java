package kz.sabaq.attendance.session;

import java.time.LocalDateTime;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;

/** One change a trainer made to a mark: who, when, before and after, and why. */
public record MarkChange(long id, long sessionId, long studentId, Phase phase, long changedBy, LocalDateTime changedAt,
                         MarkStatus statusBefore, MarkStatus statusAfter, Review reviewBefore, Review reviewAfter,
                         ManualReason reason, String note) {
}
