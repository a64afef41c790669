package kz.sabaq.attestation.exam;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.slot.SlotMapper;

/**
 * Who joins an exam slot's conference through core's join route ({@code object} = the slot's id): the
 * students seated in the slot as attendees, staff who may view the stream, hosting when they may edit it;
 * and the slots about to start, which core prepares on their platforms.
 */
public final class ExamConference implements ConferenceHost {
    private final Attestation common;
    private final SlotMapper slots;
    private final ConferenceForm form;

    public ExamConference(Attestation common, SlotMapper slots, ConferenceForm form) {
        this.common = common;
        this.slots = slots;
        this.form = form;
    }

    @Override
    public List<Planned> planned(Instant from, Instant to) {
        List<Planned> found = new ArrayList<>();
        for (long id : slots.startingOnPlatforms(from, to)) {
            ExamSlot slot = common.store().slot(id);
            if (slot != null && slot.platform() != null) {
                common.academic().stream(slot.streamId())
                        .ifPresent(s -> found.add(new Planned(slot.platform(), meeting(slot, s, form))));
            }
        }
        return found;
    }

    @Override
    public Optional<Seat> seat(String object, Viewer viewer) {
        ExamSlot slot = slot(object);
        if (slot == null || slot.platform() == null || slot.platform().isBlank()) {
            return Optional.empty();
        }
        long streamId = slot.streamId();
        Optional<Stream> stream = common.academic().stream(streamId);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        if (viewer.can(OnlineAttestationModule.SIT) && common.academic().isStudentOf(streamId, viewer.userId())) {
            Sitting sitting = common.store().sitting(streamId, viewer.userId());
            boolean seated = sitting != null && sitting.slotId() == slot.id();
            return seated ? Optional.of(new Seat(slot.platform(), meeting(slot, stream.get(), form), false)) : Optional.empty();
        }
        Stream viewable = common.access().viewable(viewer, streamId);
        return Optional.of(new Seat(slot.platform(), meeting(slot, viewable, form), common.access().canEdit(viewer, viewable)));
    }

    /** The slot as platforms are told about it; its title is the discipline and the stream's code. */
    public static Meeting meeting(ExamSlot slot, Stream stream, ConferenceForm form) {
        String title = stream.discipline().in(Locale.forLanguageTag("kk")) + " (" + stream.code() + ")";
        return new Meeting(OnlineAttestationModule.ID, String.valueOf(slot.id()), stream.id(), title,
                slot.startsAt(), slot.endsAt(), form.parse(slot.platformValues()));
    }

    /** The recordings the slot's platform keeps itself; none while it cannot be reached, so the page still opens. */
    public static List<String> recordings(ConferencePlatform platform, ExamSlot slot, Stream stream, Conferences conferences,
                                          ConferenceForm form) {
        try {
            return platform.recordings(meeting(slot, stream, form), conferences.context(platform)).stream()
                    .map(r -> r.link().toString()).filter(form::isWebAddress).toList();
        } catch (UserError unreachable) {
            return List.of();
        }
    }

    private ExamSlot slot(String object) {
        try {
            return common.store().slot(Long.parseLong(object));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
