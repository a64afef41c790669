package kz.sabaq.attestation;

import java.util.Optional;
import kz.sabaq.api.attestation.FinalControlAdmission;
import kz.sabaq.api.attestation.FinalControlSlot;
import kz.sabaq.attestation.exam.Presence;

/** The module's admission rules, online switch, conduct and slots, as other plugins read them through plugin-api. */
final class PublishedAdmission implements FinalControlAdmission {
    private final Attestation common;
    private final Admissions admissions;
    private final Presence presence;

    PublishedAdmission(Attestation common, Presence presence) {
        this.common = common;
        this.admissions = new Admissions(common);
        this.presence = presence;
    }

    @Override
    public boolean heldOnline(long streamId) {
        OnlineStream row = common.store().stream(streamId);
        return row != null && row.online();
    }

    @Override
    public boolean heldAsTest(long streamId) {
        OnlineStream row = common.store().stream(streamId);
        return row != null && row.online() && row.conduct() == Conduct.TEST;
    }

    @Override
    public boolean admitted(long streamId, long studentId) {
        return admissions.admitted(streamId, studentId);
    }

    @Override
    public Optional<FinalControlSlot> slot(long streamId, long studentId) {
        return Optional.ofNullable(common.store().sitting(streamId, studentId))
                .map(s -> common.store().slot(s.slotId()))
                .map(slot -> new FinalControlSlot(slot.startsAt(), slot.endsAt()));
    }

    @Override
    public void present(long streamId, long studentId) {
        Sitting sitting = common.store().sitting(streamId, studentId);
        if (sitting != null) {
            presence.seen(streamId, studentId, sitting.slotId());
        }
    }
}
