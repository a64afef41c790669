package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.access.Access;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;

/**
 * The trainer's sessions, a week at a time (Monday to Sunday) grouped by day, the class going on
 * now marked; with the all-streams right also one day's sessions of every stream its restrictions admit.
 */
public final class SessionList {
    private final AcademicDirectory academic;
    private final SessionPage pages;
    private final Access access;
    private final Clock clock;

    /** @param now the class is going on at this moment */
    public record Item(SessionPage.Listed session, boolean now) {
    }

    /** @param dayKey the weekday's i18n key */
    public record Day(String dayKey, String date, boolean today, List<Item> sessions) {
    }

    /** A session of any stream, for the all-streams list. */
    public record Other(SessionPage.Listed session, String stream) {
    }

    public record AllStreams(String day, String previous, String next, List<Other> others) {
    }

    /**
     * The template's keys.
     *
     * @param previous  the Monday of the week before, for its link; {@code next} likewise
     * @param thisWeek  the week shown is the current one (no link back to it)
     * @param allStreams null without the all-streams right
     */
    public record Model(String from, String to, String previous, String next, boolean thisWeek, List<Day> days,
                        AllStreams allStreams) {
    }

    public SessionList(AcademicDirectory academic, SessionPage pages, Access access, Clock clock) {
        this.academic = academic;
        this.pages = pages;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param week any day of the week to show; null for the current week
     * @param day  the all-streams list's day; null for today
     */
    View list(Viewer viewer, LocalDate week, LocalDate day) {
        ZoneId zone = academic.timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = (week == null ? today : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, List<Item>> byDay = new LinkedHashMap<>();
        for (ClassSession s : academic.sessionsOfTeacher(viewer.userId(), start(monday, zone), start(monday.plusWeeks(1), zone))) {
            boolean going = !now.isBefore(s.startsAt()) && now.isBefore(s.endsAt());
            byDay.computeIfAbsent(LocalDate.ofInstant(s.startsAt(), zone), d -> new ArrayList<>())
                    .add(new Item(pages.listed(s, viewer.locale()), going));
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(
                "attendance-qr.day." + e.getKey().getDayOfWeek().getValue(), SessionPage.DATE.format(e.getKey()),
                e.getKey().equals(today), e.getValue())).toList();
        AllStreams all = viewer.can(AttendanceModule.ALL_STREAMS) ? allStreams(viewer, day == null ? today : day, zone) : null;
        return View.of("attendance-qr/session-list", "attendance-qr.sessions.title", new Model(
                SessionPage.DATE.format(monday), SessionPage.DATE.format(monday.plusDays(6)),
                monday.minusWeeks(1).toString(), monday.plusWeeks(1).toString(),
                monday.equals(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), days, all));
    }

    private AllStreams allStreams(Viewer viewer, LocalDate shown, ZoneId zone) {
        Map<Long, Optional<Stream>> admitted = new HashMap<>();
        List<Other> others = new ArrayList<>();
        for (ClassSession s : academic.sessionsBetween(start(shown, zone), start(shown.plusDays(1), zone))) {
            admitted.computeIfAbsent(s.streamId(), id -> academic.stream(id)
                            .filter(st -> access.allows(viewer, AttendanceModule.ALL_STREAMS, st.scope())))
                    .ifPresent(st -> others.add(new Other(pages.listed(s, viewer.locale()), st.code())));
        }
        return new AllStreams(SessionPage.DATE.format(shown), shown.minusDays(1).toString(),
                shown.plusDays(1).toString(), others);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
