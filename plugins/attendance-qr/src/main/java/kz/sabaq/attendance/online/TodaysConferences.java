package kz.sabaq.attendance.online;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;

/**
 * Where a listener goes for today's online classes: the sessions of their own groups' streams that
 * start today (the institution's day) and have a conference on a started platform, each with its
 * discipline, time, platform and join link. Only the link the platform makes is shown, never a
 * field's value, so a secret (a password, a host key) never reaches the page.
 */
public final class TodaysConferences {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Conferences conferences;
    private final AcademicDirectory academic;
    private final Clock clock;

    /** @param joinLink core's join route for the session */
    public record Joinable(long sessionId, String discipline, String starts, String ends, String platformName,
                           String joinLink) {
    }

    public TodaysConferences(Conferences conferences, AcademicDirectory academic, Clock clock) {
        this.conferences = conferences;
        this.academic = academic;
        this.clock = clock;
    }

    /** Today's online classes of the listener, by start. */
    public List<Joinable> of(long studentId, Locale locale) {
        ZoneId zone = academic.timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<ClassSession> sessions = academic.sessionsOfStudent(studentId, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, Conferences.Conference> found = conferences.of(sessions.stream().map(ClassSession::id).toList());
        Map<Long, String> disciplines = new HashMap<>();
        List<Joinable> joinable = new ArrayList<>();
        for (ClassSession s : sessions) {
            Conferences.Conference c = found.get(s.id());
            if (c == null) {
                continue;
            }
            String discipline = disciplines.computeIfAbsent(s.streamId(),
                    id -> academic.stream(id).map(st -> st.discipline().in(locale)).orElse(""));
            joinable.add(new Joinable(s.id(), discipline, TIME.format(s.startsAt().atZone(zone)),
                    TIME.format(s.endsAt().atZone(zone)), c.platform().name().in(locale),
                    conferences.joinPath(s.id())));
        }
        return joinable;
    }
}
