package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.mark.Timing;

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

    public record Listed(long id, String date, String starts, String ends, String discipline, String room) {
    }

    public SessionPage(AcademicDirectory academic, RotatingCodes codes, Roster roster, Timing timing, Clock clock) {
        this.academic = academic;
        this.codes = codes;
        this.roster = roster;
        this.timing = timing;
        this.clock = clock;
    }

    View list(Viewer viewer) {
        ZoneId zone = academic.timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(DAYS_LISTED).atStartOfDay(zone).toInstant();
        List<Listed> sessions = academic.sessionsOfTeacher(viewer.userId(), from, to).stream()
                .map(s -> listed(s, viewer.locale())).toList();
        return View.of("attendance-qr/sessions", "attendance-qr.sessions.title", Map.of("sessions", sessions));
    }

    /** Check-out once its window opens, else check-in. */
    Phase phaseNow(ClassSession session) {
        return clock.instant().isBefore(timing.opens(Phase.OUT, session)) ? Phase.IN : Phase.OUT;
    }

    View session(SessionAccess.Opened opened, Phase phase, Locale locale) {
        ClassSession s = opened.session();
        RotatingCodes.Shown shown = codes.current(s.id(), phase);
        Map<String, Object> model = new HashMap<>();
        model.put("session", listed(s, locale));
        model.put("stream", opened.stream().code());
        model.put("streamId", opened.stream().id());
        model.put("phaseIn", phase == Phase.IN);
        model.put("phase", phase.path());
        model.put("otherPhase", phase == Phase.IN ? Phase.OUT.path() : Phase.IN.path());
        model.put("image", "/attendance/sessions/" + s.id() + "/qr/" + phase.path() + ".png?slot=" + shown.slot());
        model.put("typed", shown.typed());
        model.put("refreshInMs", Math.max(0, shown.until().toEpochMilli() - clock.millis()));
        model.put("opens", time(timing.opens(phase, s)));
        model.put("closes", time(timing.closes(phase, s)));
        model.put("roster", roster.of(s));
        model.put("canManage", opened.canManage());
        model.put("manualReasons", Arrays.stream(ManualReason.values())
                .map(r -> Map.of("name", r.name(), "key", r.labelKey())).toList());
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
