package kz.sabaq.attestation;

import kz.sabaq.api.attestation.FinalControlAdmission;

/** The module's admission rules and online switch, as other plugins read them through plugin-api. */
final class PublishedAdmission implements FinalControlAdmission {
    private final Attestation common;
    private final Admissions admissions;

    PublishedAdmission(Attestation common) {
        this.common = common;
        this.admissions = new Admissions(common);
    }

    @Override
    public boolean heldOnline(long streamId) {
        OnlineStream row = common.store().stream(streamId);
        return row != null && row.online();
    }

    @Override
    public boolean admitted(long streamId, long studentId) {
        return admissions.admitted(streamId, studentId);
    }
}
