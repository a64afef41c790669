package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.mark.Timing;
import kz.sabaq.attendance.online.OnlinePage;

/** The models of the trainer's pages: the week's sessions and one session. */
public final class SessionPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int DAYS_LISTED = 7;

    private final AcademicDirectory academic;
    private final RotatingCodes codes;
    private final Roster roster;
    private final Timing timing;
    private final Clock clock;
    private final Access access;
    private final OnlinePage online;

    public record Listed(long id, String date, String starts, String ends, String discipline, String room) {
    }

    /** A session of any stream, for the all-streams list. */
    public record Other(Listed session, String stream) {
    }

    public SessionPage(AcademicDirectory academic, RotatingCodes codes, Roster roster, Timing timing, Clock clock,
                       Access access, OnlinePage online) {
        this.access = access;
        this.online = online;
        this.academic = academic;
        this.codes = codes;
        this.roster = roster;
        this.timing = timing;
        this.clock = clock;
    }

    /**
     * The viewer's own sessions of the week; with the all-streams right, also one day's sessions of
     * every stream its restrictions admit ({@code day}, default today).
     */
    View list(Viewer viewer, LocalDate day) {
        ZoneId zone = academic.timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(DAYS_LISTED).atStartOfDay(zone).toInstant();
        List<Listed> sessions = academic.sessionsOfTeacher(viewer.userId(), from, to).stream()
                .map(s -> listed(s, viewer.locale())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("sessions", sessions);
        if (viewer.can(AttendanceModule.ALL_STREAMS)) {
            LocalDate shown = day == null ? today : day;
            Map<Long, Optional<Stream>> admitted = new HashMap<>();
            List<Other> others = new ArrayList<>();
            for (ClassSession s : academic.sessionsBetween(shown.atStartOfDay(zone).toInstant(),
                    shown.plusDays(1).atStartOfDay(zone).toInstant())) {
                admitted.computeIfAbsent(s.streamId(), id -> academic.stream(id)
                                .filter(st -> access.allows(viewer, AttendanceModule.ALL_STREAMS, st.scope())))
                        .ifPresent(st -> others.add(new Other(listed(s, viewer.locale()), st.code())));
            }
            model.put("allStreams", Map.of("day", DATE.format(shown), "previous", shown.minusDays(1).toString(),
                    "next", shown.plusDays(1).toString(), "others", others));
        }
        return View.of("attendance-qr/sessions", "attendance-qr.sessions.title", model);
    }

    /** Check-out once its window opens, else check-in. */
    Phase phaseNow(ClassSession session) {
        return clock.instant().isBefore(timing.opens(Phase.OUT, session)) ? Phase.IN : Phase.OUT;
    }

    /** The page as opening it without a phase shows it: where a refused form on it is shown again. */
    public View now(SessionAccess.Opened opened, Locale locale, String platform) {
        return session(opened, phaseNow(opened.session()), locale, platform);
    }

    /** @param platform the conference platform the trainer picked in the online class's form, or null */
    View session(SessionAccess.Opened opened, Phase phase, Locale locale, String platform) {
        ClassSession s = opened.session();
        RotatingCodes.Shown shown = codes.current(s.id(), phase);
        Map<String, Object> model = new HashMap<>();
        model.put("session", listed(s, locale));
        model.put("stream", opened.stream().code());
        model.put("streamId", opened.stream().id());
        model.put("phaseIn", phase == Phase.IN);
        model.put("phase", phase.path());
        model.put("otherPhase", phase == Phase.IN ? Phase.OUT.path() : Phase.IN.path());
        model.put("image", "/attendance-qr/sessions/" + s.id() + "/qr/" + phase.path() + ".png?slot=" + shown.slot());
        model.put("typed", shown.typed());
        model.put("refreshInMs", Math.max(0, shown.until().toEpochMilli() - clock.millis()));
        model.put("opens", time(timing.opens(phase, s)));
        model.put("closes", time(timing.closes(phase, s)));
        model.put("roster", roster.of(s));
        model.put("canManage", opened.canManage());
        model.put("manualReasons", Arrays.stream(ManualReason.values())
                .map(r -> Map.of("name", r.name(), "key", r.labelKey())).toList());
        model.put("online", online.panel(opened, platform, locale));
        return View.of("attendance-qr/session", "attendance-qr.session.title", model);
    }

    private Listed listed(ClassSession s, Locale locale) {
        ZonedDateTime starts = s.startsAt().atZone(academic.timeZone());
        String discipline = academic.stream(s.streamId()).map(st -> st.discipline().in(locale)).orElse("");
        String room = s.roomId() == null ? "" : academic.room(s.roomId()).map(r -> r.code()).orElse("");
        return new Listed(s.id(), DATE.format(starts), TIME.format(starts), time(s.endsAt()), discipline, room);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(academic.timeZone()));
    }
}
