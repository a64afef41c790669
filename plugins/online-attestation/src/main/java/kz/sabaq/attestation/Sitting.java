package kz.sabaq.attestation;

import java.time.Instant;

/** One student's final control in a stream (table {@code oa_sitting}). */
public record Sitting(long streamId, long studentId, long slotId, Instant placedAt, Integer ticketNumber,
                      String ticketSource, Instant ticketAt, Instant questionsSentAt, Instant questionsViewedAt,
                      String task, Instant answerSentAt, String absence) {

    public boolean hasTicket() {
        return ticketNumber != null;
    }
}
