package kz.sabaq.attendance.online;

import java.util.Locale;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.session.SessionAccess;

/**
 * Who joins an online class through core's join route ({@code object} = the session's id): the
 * listeners of the stream's groups as attendees; staff who may see the session, hosting when they may
 * also mark it (the stream's trainer).
 */
final class ClassConference implements ConferenceHost {
    private final Conferences conferences;
    private final AcademicDirectory academic;
    private final SessionAccess access;

    ClassConference(Conferences conferences, AcademicDirectory academic, SessionAccess access) {
        this.conferences = conferences;
        this.academic = academic;
        this.access = access;
    }

    @Override
    public Optional<Seat> seat(String object, Viewer viewer) {
        long sessionId;
        try {
            sessionId = Long.parseLong(object);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        Optional<ClassSession> found = academic.session(sessionId);
        Optional<Conferences.Conference> conference = conferences.of(sessionId);
        if (found.isEmpty() || conference.isEmpty()) {
            return Optional.empty();
        }
        ClassSession session = found.get();
        boolean listener = viewer.can(AttendanceModule.CHECK_IN) && academic.isStudentOf(session.streamId(), viewer.userId());
        boolean host = !listener && access.view(viewer, sessionId).canManage();
        return Optional.of(new Seat(conference.get().platform().id(),
                conference.get().meeting(session, title(session)), host));
    }

    private String title(ClassSession session) {
        return academic.stream(session.streamId()).map(s -> s.discipline().in(Locale.forLanguageTag("kk")) + " (" + s.code() + ")")
                .orElse(String.valueOf(session.id()));
    }
}
