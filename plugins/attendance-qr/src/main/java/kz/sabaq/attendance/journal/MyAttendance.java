package kz.sabaq.attendance.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.web.View;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.Review;
import kz.sabaq.attendance.mark.Source;
import kz.sabaq.attendance.online.TodaysConferences;

/**
 * A listener's own attendance: today's online classes with their join links, per discipline the
 * counts and admission, then each session of the last weeks.
 */
public final class MyAttendance {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** How far the page looks for the listener's disciplines (a study year either way). */
    private static final Duration DISCIPLINES = Duration.ofDays(370);
    private static final Duration LISTED = Duration.ofDays(35);

    private final AcademicDirectory academic;
    private final AttendanceAdmission admission;
    private final JournalMapper journal;
    private final TodaysConferences online;
    private final Clock clock;

    /** @param percent the unexcused share, rounded for reading */
    public record Discipline(String name, Admission admission, String percent) {
    }

    /** @param arrivalOnline the arrival came from the conference platform's activity (departureOnline likewise) */
    public record Line(String date, String time, String discipline, String arrivalKey, String arrivalTime,
                       String departureKey, boolean suspicious, boolean rejected, boolean permit,
                       boolean arrivalOnline, boolean departureOnline) {
    }

    /** The template's keys: today's online classes, the disciplines, the sessions of the last weeks. */
    public record Model(List<Discipline> disciplines, List<Line> sessions, boolean hasSessions,
                        List<TodaysConferences.Joinable> online, boolean hasOnline) {
    }

    public MyAttendance(AcademicDirectory academic, AttendanceAdmission admission, JournalMapper journal,
                        TodaysConferences online, Clock clock) {
        this.academic = academic;
        this.admission = admission;
        this.journal = journal;
        this.online = online;
        this.clock = clock;
    }

    public View page(long studentId, Locale locale) {
        Instant now = clock.instant();
        ZoneId zone = academic.timeZone();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ClassSession s : academic.sessionsOfStudent(studentId, now.minus(DISCIPLINES), now.plus(DISCIPLINES))) {
            names.computeIfAbsent(s.streamId(), id -> academic.stream(id).map(st -> st.discipline().in(locale)).orElse(""));
        }
        List<Discipline> disciplines = names.entrySet().stream()
                .map(e -> {
                    Admission a = admission.of(e.getKey(), studentId);
                    return new Discipline(e.getValue(), a, String.valueOf(Math.round(a.unexcusedPercent())));
                }).toList();
        List<ClassSession> recent = academic.sessionsOfStudent(studentId, now.minus(LISTED), now).stream()
                .filter(s -> !s.startsAt().isAfter(now)).toList();
        List<Long> ids = recent.stream().map(ClassSession::id).toList();
        Map<Long, Map<Phase, Mark>> marks = new HashMap<>();
        Set<Long> permits = new HashSet<>();
        if (!ids.isEmpty()) {
            journal.marksOf(studentId, ids).forEach(m ->
                    marks.computeIfAbsent(m.sessionId(), k -> new EnumMap<>(Phase.class)).put(m.phase(), m));
            permits.addAll(journal.permits(studentId, ids));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0; i--) {
            ClassSession s = recent.get(i);
            Map<Phase, Mark> own = marks.getOrDefault(s.id(), Map.of());
            Mark in = own.get(Phase.IN);
            Mark out = own.get(Phase.OUT);
            lines.add(new Line(DATE.format(s.startsAt().atZone(zone)), TIME.format(s.startsAt().atZone(zone)),
                    names.getOrDefault(s.streamId(), ""),
                    in == null ? null : in.status().labelKey(),
                    in == null ? null : TIME.format(in.markedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)),
                    out == null ? null : out.status().labelKey(),
                    in != null && in.review() == Review.PENDING, in != null && in.review() == Review.REJECTED,
                    permits.contains(s.id()), online(in), online(out)));
        }
        List<TodaysConferences.Joinable> today = online.of(studentId, locale);
        return View.of("attendance-qr/journal-mine", "attendance-qr.mine.title",
                new Model(disciplines, lines, !lines.isEmpty(), today, !today.isEmpty()));
    }

    private static boolean online(Mark m) {
        return m != null && m.source() == Source.ONLINE;
    }
}
