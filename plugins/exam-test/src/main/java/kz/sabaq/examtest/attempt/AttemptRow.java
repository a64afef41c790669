package kz.sabaq.examtest.attempt;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One attempt of a student at a test; the deadline is fixed at the start and decided by the server's clock. */
public record AttemptRow(long id, long testId, long studentId, int number, LocalDateTime startedAt,
                         LocalDateTime deadline, LocalDateTime submittedAt, String submittedBy, BigDecimal score) {

    public boolean finished() {
        return submittedAt != null;
    }

    /** Open for answers: not submitted and the deadline not reached. */
    public boolean running(LocalDateTime now) {
        return submittedAt == null && now.isBefore(deadline);
    }
}
