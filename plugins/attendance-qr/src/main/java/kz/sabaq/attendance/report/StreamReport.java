package kz.sabaq.attendance.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Student;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.attendance.journal.AbsenceRule;
import kz.sabaq.attendance.journal.JournalMapper;
import kz.sabaq.attendance.mark.Mark;

/**
 * The weekly review of a group's discipline (a stream): per week the sessions held, counts by
 * status and the share of absences; per listener the same counts and their admission.
 */
public final class StreamReport {
    private final AcademicDirectory academic;
    private final JournalMapper journal;
    private final AttendanceAdmission admission;
    private final AbsenceRule rule;
    private final Clock clock;

    /** One week (from Monday) of held sessions; {@code absencePercent} counts unexcused absences. */
    public record Week(LocalDate monday, int sessions, Map<Category, Integer> counts, double absencePercent) {
    }

    public record Listener(Student student, Map<Category, Integer> counts, Admission admission) {
    }

    public record Report(List<Week> weeks, List<Listener> listeners, List<Category> categories) {
    }

    public StreamReport(AcademicDirectory academic, JournalMapper journal, AttendanceAdmission admission, AbsenceRule rule,
                        Clock clock) {
        this.academic = academic;
        this.journal = journal;
        this.admission = admission;
        this.rule = rule;
        this.clock = clock;
    }

    public Report of(long streamId) {
        Instant now = clock.instant();
        List<ClassSession> held = academic.sessionsOfStream(streamId).stream()
                .filter(s -> !s.endsAt().isAfter(now)).toList();
        List<Student> students = academic.studentsOf(streamId);
        List<Long> ids = held.stream().map(ClassSession::id).toList();
        Map<String, Mark> arrivals = new HashMap<>();
        Set<String> permits = new HashSet<>();
        if (!ids.isEmpty()) {
            journal.arrivalsOfSessions(ids).forEach(m -> arrivals.put(key(m.sessionId(), m.studentId()), m));
            journal.permitsOfSessions(ids).forEach(p -> permits.add(key(p.sessionId(), p.studentId())));
        }
        Map<LocalDate, List<ClassSession>> byWeek = new TreeMap<>();
        for (ClassSession s : held) {
            LocalDate monday = LocalDate.ofInstant(s.startsAt(), academic.timeZone())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, d -> new ArrayList<>()).add(s);
        }
        Map<Long, Map<Category, Integer>> perListener = new HashMap<>();
        List<Week> weeks = new ArrayList<>();
        for (Map.Entry<LocalDate, List<ClassSession>> week : byWeek.entrySet()) {
            Map<Category, Integer> counts = zero();
            for (ClassSession s : week.getValue()) {
                for (Student st : students) {
                    String k = key(s.id(), st.userId());
                    Category c = Category.of(arrivals.get(k), s, permits.contains(k), rule);
                    counts.merge(c, 1, Integer::sum);
                    perListener.computeIfAbsent(st.userId(), id -> zero()).merge(c, 1, Integer::sum);
                }
            }
            int cells = week.getValue().size() * students.size();
            double percent = cells == 0 ? 0 : 100.0 * counts.get(Category.ABSENT) / cells;
            weeks.add(new Week(week.getKey(), week.getValue().size(), counts, percent));
        }
        List<Listener> listeners = students.stream()
                .map(st -> new Listener(st, perListener.getOrDefault(st.userId(), zero()), admission.of(streamId, st.userId())))
                .toList();
        return new Report(weeks, listeners, List.of(Category.values()));
    }

    private static Map<Category, Integer> zero() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0);
        }
        return counts;
    }

    private static String key(long sessionId, long studentId) {
        return sessionId + ":" + studentId;
    }
}
