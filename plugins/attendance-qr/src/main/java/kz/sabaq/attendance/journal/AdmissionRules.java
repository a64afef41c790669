package kz.sabaq.attendance.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.attendance.AttendanceSettings;
import kz.sabaq.attendance.mark.Mark;

/**
 * The journal rules of seeds 002 and 004: a session held so far counts as an absence when the
 * listener did not arrive, was marked absent, had the mark rejected, or arrived later than the
 * absence threshold; a permit excuses it; a set number of latenesses counts as one more absence;
 * when unexcused absences reach the set share of the stream's sessions, the listener is not
 * admitted to the discipline's controls. A suspicious mark not yet reviewed counts as present.
 */
public final class AdmissionRules implements AttendanceAdmission {
    private final AcademicDirectory academic;
    private final JournalMapper journal;
    private final AttendanceSettings settings;
    private final AbsenceRule rule;
    private final Clock clock;

    public AdmissionRules(AcademicDirectory academic, JournalMapper journal, AttendanceSettings settings, Clock clock) {
        this.academic = academic;
        this.journal = journal;
        this.settings = settings;
        this.rule = new AbsenceRule(settings);
        this.clock = clock;
    }

    @Override
    public Admission of(long streamId, long studentId) {
        List<ClassSession> sessions = academic.sessionsOfStream(streamId);
        Instant now = clock.instant();
        List<ClassSession> held = sessions.stream().filter(s -> !s.endsAt().isAfter(now)).toList();
        List<Long> heldIds = held.stream().map(ClassSession::id).toList();
        Map<Long, Mark> arrivals = new HashMap<>();
        Set<Long> permits = new HashSet<>();
        if (!heldIds.isEmpty()) {
            journal.arrivals(studentId, heldIds).forEach(m -> arrivals.put(m.sessionId(), m));
            permits.addAll(journal.permits(studentId, heldIds));
        }
        int absences = 0;
        int excused = 0;
        int latenesses = 0;
        for (ClassSession s : held) {
            Mark arrival = arrivals.get(s.id());
            if (rule.absent(arrival, s)) {
                absences++;
                if (permits.contains(s.id())) {
                    excused++;
                }
            } else if (rule.lateness(arrival)) {
                latenesses++;
            }
        }
        int fromLatenesses = (int) (latenesses / settings.latenessesPerAbsence());
        int unexcused = absences - excused + fromLatenesses;
        double percent = sessions.isEmpty() ? 0 : 100.0 * unexcused / sessions.size();
        return new Admission(streamId, studentId, sessions.size(), absences, excused, latenesses, fromLatenesses, percent,
                percent < settings.absenceSharePercent());
    }
}
