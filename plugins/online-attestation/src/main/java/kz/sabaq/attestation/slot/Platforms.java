package kz.sabaq.attestation.slot;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.conference.ConferenceField;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;

/**
 * "Conduct platform" (spec §8): the platform and its fields, validated by their flags and by the
 * platform itself; once saved, the video recording checkboxes and the recording links.
 */
public final class Platforms {
    private final Slots slots;
    private final List<ConferencePlatform> installed;

    public Platforms(Slots slots, List<ConferencePlatform> installed) {
        this.slots = slots;
        this.installed = List.copyOf(installed);
    }

    public List<ConferencePlatform> installed() {
        return installed;
    }

    public Optional<ConferencePlatform> platform(String id) {
        return installed.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Saves the platform; a secret field left blank keeps its saved value. */
    public void save(Viewer viewer, long slotId, String platformId, Map<String, String> submitted) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        ConferencePlatform platform = platform(platformId)
                .orElseThrow(() -> UserError.badRequest("online-attestation-slot.error.platformUnknown"));
        ExamSlot slot = s.slot();
        Map<String, String> saved = platformId.equals(slot.platform()) ? PlatformValues.parse(slot.platformValues()) : Map.of();
        Map<String, String> values = new LinkedHashMap<>();
        for (ConferenceField field : platform.fields()) {
            String value = Optional.ofNullable(submitted.get(field.key())).map(String::strip).orElse("");
            if (value.isEmpty() && field.secret() && saved.containsKey(field.key())) {
                value = saved.get(field.key());
            }
            String label = slots.common().texts().get(viewer.locale(), field.labelKey());
            if (value.length() > 1000) {
                throw UserError.badRequest("online-attestation-slot.error.fieldTooLong", label);
            }
            if (value.isEmpty() && field.required()) {
                throw UserError.badRequest("online-attestation-slot.error.fieldRequired", label);
            }
            if (!value.isEmpty() && field.url() && !isWebAddress(value)) {
                throw UserError.badRequest("online-attestation-slot.error.fieldUrl", label);
            }
            values.put(field.key(), value);
        }
        Map<String, String> problems = platform.validate(values);
        if (!problems.isEmpty()) {
            throw UserError.badRequest(problems.values().iterator().next());
        }
        slots.rows().savePlatform(slotId, platform.id(), PlatformValues.json(values));
        slots.common().audit().record(viewer.userId(), "online-attestation.slot.platform", "slot:" + slotId,
                Map.of("platform", platform.id()));
    }

    public void saveRecordingFlags(Viewer viewer, long slotId, boolean has, boolean show) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        if (s.slot().platform() == null || slots.rows().saveRecordingFlags(slotId, has, has && show) == 0) {
            throw UserError.conflict("online-attestation-slot.error.platformNotSaved");
        }
    }

    public void addRecording(Viewer viewer, long slotId, String url) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        String link = url == null ? "" : url.strip();
        if (!isWebAddress(link) || link.length() > 2000) {
            throw UserError.badRequest("online-attestation-slot.error.recordingUrl");
        }
        if (slots.rows().addRecording(slotId, link, viewer.userId(), slots.common().clock().instant()) == 0) {
            throw UserError.conflict("online-attestation-slot.error.recordingOff");
        }
        slots.common().audit().record(viewer.userId(), "online-attestation.slot.recording.add", "slot:" + slotId,
                Map.of("url", link));
    }

    public void deleteRecording(Viewer viewer, long slotId, long recordingId) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        slots.rows().deleteRecording(slotId, recordingId);
    }

    /** An absolute http(s) address with a host. */
    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
