package kz.sabaq.attestation;

import java.time.Instant;

/** A dated slot (tab) of a stream's students (table {@code oa_slot}). */
public record ExamSlot(long id, long streamId, Instant startsAt, Instant endsAt, Instant notifiedAt,
                       String platform, String platformValues, boolean hasRecording, boolean showRecording) {

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean ended(Instant now) {
        return !now.isBefore(endsAt);
    }
}
