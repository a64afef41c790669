package kz.sabaq.attendance.online;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * also mark it (the stream's trainer); and the classes about to start, which core prepares on their platforms.
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
                conference.get().meeting(session, conferences.title(session)), host));
    }

    @Override
    public List<Planned> planned(Instant from, Instant to) {
        List<ClassSession> starting = academic.sessionsBetween(from, to).stream()
                .filter(s -> !s.startsAt().isBefore(from) && s.startsAt().isBefore(to)).toList();
        Map<Long, Conferences.Conference> set = conferences.of(starting.stream().map(ClassSession::id).toList());
        List<Planned> found = new ArrayList<>();
        for (ClassSession s : starting) {
            Conferences.Conference c = set.get(s.id());
            if (c != null) {
                found.add(new Planned(c.platform().id(), c.meeting(s, conferences.title(s))));
            }
        }
        return found;
    }
}
