package kz.sabaq.attendance.session;

import java.time.LocalDateTime;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;
import kz.sabaq.attendance.mark.Source;

/**
 * One change a trainer made to a mark: who, when, before and after, and why.
 *
 * @param source where the change came from: null for the trainer's hand and reviews, {@code ONLINE} for a
 *               mark the trainer confirmed from the conference platform's activity
 */
public record MarkChange(long id, long sessionId, long studentId, Phase phase, long changedBy, LocalDateTime changedAt,
                         MarkStatus statusBefore, MarkStatus statusAfter, Review reviewBefore, Review reviewAfter,
                         ManualReason reason, String note, Source source) {
}
