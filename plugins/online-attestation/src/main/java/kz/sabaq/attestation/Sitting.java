package kz.sabaq.attestation;

import java.time.Instant;

/**
 * One student's final control in a stream (table {@code oa_sitting}); {@code attempt} is 1 for the
 * first sitting and grows with each FX retake (the earlier ones are kept in {@code oa_sitting_attempt}).
 */
public record Sitting(long streamId, long studentId, long slotId, Instant placedAt, Integer ticketNumber,
                      String ticketSource, Instant ticketAt, Instant questionsSentAt, Instant questionsViewedAt,
                      String task, Instant answerSentAt, String absence, int attempt) {

    public boolean hasTicket() {
        return ticketNumber != null;
    }
}
