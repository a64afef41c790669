package kz.sabaq.attestation;

import java.time.Instant;

/**
 * A student's sitting with its slot and its stream's online state, read in one query when a final
 * control page opens: 500 students opening their page at the start of an exam queue for the pooled
 * connections, so every read a page saves is a wait each of them saves. Public for the mapper's
 * proxy, which builds it column by column.
 */
public record Opening(long streamId, long studentId, long slotId, Instant placedAt, Integer ticketNumber,
                      String ticketSource, Instant ticketAt, Instant questionsSentAt, Instant questionsViewedAt,
                      String task, Instant answerSentAt, String absence, int attempt,
                      Instant startsAt, Instant endsAt, Instant notifiedAt, String platform, String platformValues,
                      boolean hasRecording, boolean showRecording,
                      Boolean isOnline, Boolean byTicket, Integer ticketCount, Instant ticketCountSavedAt, Boolean byTest) {

    public Sitting sitting() {
        return new Sitting(streamId, studentId, slotId, placedAt, ticketNumber, ticketSource, ticketAt, questionsSentAt,
                questionsViewedAt, task, answerSentAt, absence, attempt);
    }

    public ExamSlot slot() {
        return new ExamSlot(slotId, streamId, startsAt, endsAt, notifiedAt, platform, platformValues, hasRecording,
                showRecording);
    }

    /** The stream's online state; null while the stream has none (a row of {@code oa_stream} is made on first save). */
    public OnlineStream onlineStream() {
        return isOnline == null ? null
                : new OnlineStream(streamId, isOnline, byTicket, ticketCount, ticketCountSavedAt, byTest);
    }
}
