package kz.sabaq.attestation.slot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.conference.Load;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.exam.ExamConference;

/**
 * "Conduct platform" (spec §8): the platform and its fields, validated by their flags and by the
 * platform itself; once saved, the video recording checkboxes and the recording links.
 */
public final class Platforms {
    /** Online attestation's refusals on the platform form. */
    public static final ConferenceForm.Errors ERRORS = new ConferenceForm.Errors(
            "online-attestation-slot.error.platformUnknown", "online-attestation-slot.error.fieldRequired",
            "online-attestation-slot.error.fieldUrl", "online-attestation-slot.error.fieldTooLong");

    private final Slots slots;
    private final ConferenceForm form;
    private final Conferences conferences;

    public Platforms(Slots slots, Conferences conferences) {
        this.slots = slots;
        this.conferences = conferences;
        this.form = conferences.form(ERRORS);
    }

    /** The started platforms, and the form on which the teacher picks one and fills in its fields. */
    public ConferenceForm form() {
        return form;
    }

    /** Saves the platform; a secret field left blank keeps its saved value. */
    public void save(Viewer viewer, long slotId, String platformId, Map<String, String> submitted) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        ConferencePlatform platform = form.require(platformId);
        ExamSlot slot = s.slot();
        Map<String, String> saved = platform.id().equals(slot.platform())
                ? form.parse(slot.platformValues()) : Map.of();
        Map<String, String> values = form.check(platform, submitted, saved, viewer.locale());
        slots.rows().savePlatform(slotId, platform.id(), form.json(values));
        slots.common().audit().record(viewer.userId(), "online-attestation.slot.platform", "slot:" + slotId,
                Map.of("platform", platform.id()));
        conferences.prepare(platform.id(), ExamConference.meeting(slots.common().store().slot(slotId), s.stream(), form));
    }

    /** Where the dialog's End button posts: core ends the slot's meeting for a host. */
    public String endPath(long slotId) {
        return conferences.endPath(OnlineAttestationModule.ID, String.valueOf(slotId));
    }

    /** The recordings the slot's platform keeps itself (none while it cannot be reached). */
    public List<String> platformRecordings(Situation s) {
        return form.platform(s.slot().platform()).map(p -> ExamConference.recordings(p, s.slot(), s.stream(), conferences, form))
                .orElse(List.of());
    }

    /**
     * The capacity warning of the slot's saved platform: the most connections expected on it at one
     * moment (this slot's seated students and its teacher included) and what it takes; empty when it fits.
     */
    public Optional<Load.Overload> overload(Situation s) {
        ExamSlot slot = s.slot();
        if (slot.platform() == null) {
            return Optional.empty();
        }
        return conferences.overload(slot.platform(), ExamConference.meeting(slot, s.stream(), form), s.sittings().size() + 1);
    }

    /** This module's slots on a platform, for other schedulers' capacity warnings. */
    List<Load> loads(String platform, Instant from, Instant to) {
        return slots.rows().onPlatform(platform, from, to).stream().map(l -> new Load(OnlineAttestationModule.ID,
                String.valueOf(l.id()), l.startsAt(), l.endsAt(), (int) l.seated() + 1)).toList();
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
        if (!form.isWebAddress(link) || link.length() > 2000) {
            throw UserError.badRequest("online-attestation-slot.error.recordingUrl").on("url");
        }
        if (slots.rows().addRecording(slotId, link, viewer.userId(), slots.common().clock().instant()) == 0) {
            throw UserError.conflict("online-attestation-slot.error.recordingOff");
        }
        slots.common().audit().record(viewer.userId(), "online-attestation.slot.recording.add", "slot:" + slotId,
                Map.of("url", link));
    }

    /** Deletes a recording link, audited as its adding is; a second click finds it gone and changes nothing. */
    public void deleteRecording(Viewer viewer, long slotId, long recordingId) {
        Situation s = slots.editable(viewer, slotId);
        Slots.require(s.platform());
        slots.rows().deleteRecording(slotId, recordingId).ifPresent(link -> slots.common().audit().record(
                viewer.userId(), "online-attestation.slot.recording.delete", "slot:" + slotId,
                Map.of("recording", recordingId, "url", link)));
    }
}
