package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.web.View;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.mark.Timing;
import kz.sabaq.attendance.online.OnlinePage;

/** The trainer's page of one session: the code while it would be taken, the roster and its counts. */
public final class SessionPage {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** The page reloads itself when the window opens or closes, if that is within a day (a browser timer's reach). */
    private static final Duration RELOAD_WITHIN = Duration.ofDays(1);

    private final AcademicDirectory academic;
    private final RotatingCodes codes;
    private final Roster roster;
    private final Timing timing;
    private final Clock clock;
    private final OnlinePage online;

    /** A session as lists and headings show it, in the institution's time. */
    public record Listed(long id, String date, String starts, String ends, String discipline, String room) {
    }

    /** The code on the screen now and when the page asks for the next one. */
    public record Code(String image, String typed, long refreshInMs) {
    }

    /**
     * Instead of a code that would be refused: the window has not opened yet, or it has closed.
     *
     * @param opens  when scans of this phase are first taken
     * @param closes when they are last taken
     */
    public record Banner(boolean notOpen, String opens, String closes) {
    }

    public record ReasonOption(String name, String key) {
    }

    /**
     * The template's keys. Exactly one of {@code code} and {@code banner} is set.
     *
     * @param changesInMs when the window opens or closes, for the page to reload itself; null beyond a day
     * @param opens       when the screen starts showing this phase's code, for the line under it
     */
    public record Model(Listed session, String stream, long streamId, boolean phaseIn, String phase, Code code,
                        Banner banner, String opens, String closes, Long changesInMs, Roster.View roster,
                        boolean canManage, List<ReasonOption> manualReasons, OnlinePage.Panel online) {
    }

    public SessionPage(AcademicDirectory academic, RotatingCodes codes, Roster roster, Timing timing, Clock clock,
                       OnlinePage online) {
        this.academic = academic;
        this.codes = codes;
        this.roster = roster;
        this.timing = timing;
        this.clock = clock;
        this.online = online;
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
        return View.of("attendance-qr/session-page", "attendance-qr.session.title", model(opened, phase, locale, platform));
    }

    Model model(SessionAccess.Opened opened, Phase phase, Locale locale, String platform) {
        ClassSession s = opened.session();
        Instant now = clock.instant();
        Instant firstScan = timing.opens(Phase.IN, s);
        Instant lastScan = timing.closes(phase, s);
        boolean open = timing.open(phase, s, now);
        Code code = null;
        Banner banner = null;
        if (open) {
            RotatingCodes.Shown shown = codes.current(s.id(), phase);
            code = new Code("/attendance-qr/sessions/" + s.id() + "/qr/" + phase.path() + ".png?slot=" + shown.slot(),
                    shown.typed(), Math.max(0, shown.until().toEpochMilli() - now.toEpochMilli()));
        } else {
            banner = new Banner(now.isBefore(firstScan), time(firstScan), time(lastScan));
        }
        Instant change = now.isBefore(firstScan) ? firstScan : now.isAfter(lastScan) ? null : lastScan.plusSeconds(1);
        Long changesIn = change == null || Duration.between(now, change).compareTo(RELOAD_WITHIN) > 0 ? null
                : Duration.between(now, change).toMillis();
        List<ReasonOption> reasons = ManualReason.chosen().stream()
                .map(r -> new ReasonOption(r.name(), r.labelKey())).toList();
        return new Model(listed(s, locale), opened.stream().code(), opened.stream().id(), phase == Phase.IN,
                phase.path(), code, banner, time(timing.opens(phase, s)), time(lastScan), changesIn, roster.of(s),
                opened.canManage(), reasons, online.panel(opened, platform, locale));
    }

    Listed listed(ClassSession s, Locale locale) {
        ZonedDateTime starts = s.startsAt().atZone(academic.timeZone());
        String discipline = academic.stream(s.streamId()).map(st -> st.discipline().in(locale)).orElse("");
        String room = s.roomId() == null ? "" : academic.room(s.roomId()).map(r -> r.code()).orElse("");
        return new Listed(s.id(), DATE.format(starts), TIME.format(starts), time(s.endsAt()), discipline, room);
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(academic.timeZone()));
    }
}
