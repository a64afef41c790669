package kz.sabaq.attestation.testing;

import java.time.LocalDateTime;

/** A time slot of a stream's exam (oa_slot), UTC times; no conference platform unless told. */
public final class SlotBuilder {
    private final AttestationGenerator gen;
    private final long stream;
    private final long teacher;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String platform;
    private String platformValues;
    private boolean recorded;
    private boolean showRecording;
    private LocalDateTime createdAt;

    SlotBuilder(AttestationGenerator gen, long stream, long teacher) {
        this.gen = gen;
        this.stream = stream;
        this.teacher = teacher;
    }

    public SlotBuilder between(LocalDateTime startUtc, LocalDateTime endUtc) {
        startsAt = startUtc;
        endsAt = endUtc;
        return this;
    }

    /** The conference platform plugin's id and its form's values (JSON). */
    public SlotBuilder platform(String pluginId, String valuesJson) {
        platform = pluginId;
        platformValues = valuesJson;
        return this;
    }

    /** The platform records the exam; students see the recording when {@code shown}. */
    public SlotBuilder recorded(boolean shown) {
        recorded = true;
        showRecording = shown;
        return this;
    }

    public SlotBuilder createdAt(LocalDateTime utc) {
        createdAt = utc;
        return this;
    }

    /** @return the slot's id */
    public long create() {
        if (startsAt == null) {
            throw new IllegalStateException("A slot needs its times: slot(stream, teacher).between(start, end)");
        }
        return gen.sql("INSERT INTO oa_slot (stream_id, starts_at, ends_at, platform, platform_values, has_recording, "
                        + "show_recording, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", stream, startsAt, endsAt,
                platform, platformValues, recorded, showRecording, createdAt != null ? createdAt : gen.now(), teacher);
    }
}
