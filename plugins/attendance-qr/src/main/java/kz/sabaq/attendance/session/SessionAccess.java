package kz.sabaq.attendance.session;

import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;

/**
 * Checks in the session's own context: the stream's teacher sees and manages their sessions; a
 * role with the "all streams" right does so for the streams its restrictions admit.
 */
public final class SessionAccess {
    private final AcademicDirectory academic;
    private final Access access;

    /** A session the viewer may see; {@code canManage} when they may also mark by hand and review. */
    public record Opened(ClassSession session, Stream stream, boolean canManage) {
    }

    public SessionAccess(AcademicDirectory academic, Access access) {
        this.academic = academic;
        this.access = access;
    }

    public Opened view(Viewer viewer, long sessionId) {
        ClassSession session = academic.session(sessionId).orElseThrow(UserError::notFound);
        Stream stream = academic.stream(session.streamId()).orElseThrow(UserError::notFound);
        return new Opened(session, stream, canManage(viewer, stream));
    }

    /** A stream whose sessions the viewer may see (its reports). */
    public Stream viewStream(Viewer viewer, long streamId) {
        Stream stream = academic.stream(streamId).orElseThrow(UserError::notFound);
        canManage(viewer, stream);
        return stream;
    }

    /** Throws 403 unless the viewer may see the stream's sessions; tells whether they may also manage them. */
    private boolean canManage(Viewer viewer, Stream stream) {
        boolean own = stream.teacherId() == viewer.userId();
        boolean all = access.allows(viewer, AttendanceModule.ALL_STREAMS, stream.scope());
        if (!(own && viewer.can(AttendanceModule.VIEW)) && !all) {
            throw UserError.forbidden();
        }
        return own ? viewer.can(AttendanceModule.MANAGE)
                : access.allows(viewer, AttendanceModule.MANAGE, stream.scope());
    }

    public Opened manage(Viewer viewer, long sessionId) {
        Opened opened = view(viewer, sessionId);
        if (!opened.canManage()) {
            throw UserError.forbidden();
        }
        return opened;
    }
}
