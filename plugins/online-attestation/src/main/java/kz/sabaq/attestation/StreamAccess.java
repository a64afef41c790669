package kz.sabaq.attestation;

import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/**
 * The staff module's rules in a stream's own context (spec §2): the stream's teacher sees their
 * streams; "view all" sees every stream its role's restrictions (study term, department, PCC —
 * heads only their own unit) admit. Edit mode may change what it sees; read mode only looks.
 */
public final class StreamAccess {
    private final AcademicDirectory academic;
    private final Access access;

    public StreamAccess(AcademicDirectory academic, Access access) {
        this.academic = academic;
        this.access = access;
    }

    public boolean canView(Viewer viewer, Stream stream) {
        return access.seesStream(viewer, stream, OnlineAttestationModule.VIEW, OnlineAttestationModule.ALL);
    }

    public boolean canEdit(Viewer viewer, Stream stream) {
        return canView(viewer, stream) && access.allows(viewer, OnlineAttestationModule.EDIT, stream.scope());
    }

    /** Edit mode or the stream's own teacher, and the institution's right to grade. */
    public boolean canGrade(Viewer viewer, Stream stream) {
        boolean staff = canEdit(viewer, stream) || stream.teacherId() == viewer.userId();
        return staff && access.allows(viewer, OnlineAttestationModule.GRADE, stream.scope());
    }

    /** "Admit by decision" in the stream's context (the staff module's extended right). */
    public boolean canAdmit(Viewer viewer, Stream stream) {
        return canView(viewer, stream) && access.allows(viewer, OnlineAttestationModule.ADMIT, stream.scope());
    }

    public boolean canConfigure(Viewer viewer) {
        return viewer.can(OnlineAttestationModule.SETTINGS);
    }

    /** The stream, when the viewer may see it; 404 when there is none, 403 when it is not theirs. */
    public Stream viewable(Viewer viewer, long streamId) {
        Stream stream = academic.stream(streamId).orElseThrow(UserError::notFound);
        if (!canView(viewer, stream)) {
            throw UserError.forbidden();
        }
        return stream;
    }

    /** The stream, when the viewer may change its final control. */
    public Stream editable(Viewer viewer, long streamId) {
        Stream stream = viewable(viewer, streamId);
        if (!canEdit(viewer, stream)) {
            throw UserError.forbidden();
        }
        return stream;
    }
}
