package kz.sabaq.attestation.exam;

import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineAttestationModule;
import kz.sabaq.attestation.Sitting;

/**
 * Who joins an exam slot's conference through core's join route ({@code object} = the slot's id): the
 * students seated in the slot as attendees, staff who may view the stream, hosting when they may edit it.
 */
public final class ExamConference implements ConferenceHost {
    private final Attestation common;
    private final ConferenceForm form;

    public ExamConference(Attestation common, ConferenceForm form) {
        this.common = common;
        this.form = form;
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

    private ExamSlot slot(String object) {
        try {
            return common.store().slot(Long.parseLong(object));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
