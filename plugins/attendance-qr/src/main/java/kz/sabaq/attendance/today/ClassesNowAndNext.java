package kz.sabaq.attendance.today;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.journal.JournalMapper;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.Timing;

/**
 * A listener's classes on the cabinet: the ones on now and the next one, each with the arrival
 * marked so far and, while marking is open and still to do, a button to the check-in page.
 */
public final class ClassesNowAndNext implements TodayItems {
    /** How far ahead "next" looks: a class after a weekend is still the next one. */
    private static final Duration AHEAD = Duration.ofDays(7);
    /** No class runs longer; a class that started earlier has ended. */
    private static final Duration LONGEST = Duration.ofHours(6);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String CHECK_IN = "/attendance-qr/check-in";

    private final AcademicDirectory academic;
    private final JournalMapper journal;
    private final Timing timing;
    private final Translations texts;

    public ClassesNowAndNext(AcademicDirectory academic, JournalMapper journal, Timing timing, Translations texts) {
        this.academic = academic;
        this.journal = journal;
        this.timing = timing;
        this.texts = texts;
    }

    @Override
    public List<TodayItem> of(Viewer viewer, Instant now) {
        if (!viewer.can(AttendanceModule.CHECK_IN)) {
            return List.of();
        }
        List<ClassSession> shown = new ArrayList<>();
        for (ClassSession s : academic.sessionsOfStudent(viewer.userId(), now.minus(LONGEST), now.plus(AHEAD))) {
            if (s.endsAt().isAfter(now) && !s.startsAt().isAfter(now)) {
                shown.add(s);
            } else if (s.startsAt().isAfter(now)) {
                shown.add(s);
                break;
            }
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Phase, Mark>> marks = new HashMap<>();
        journal.marksOf(viewer.userId(), shown.stream().map(ClassSession::id).toList()).forEach(m ->
                marks.computeIfAbsent(m.sessionId(), k -> new EnumMap<>(Phase.class)).put(m.phase(), m));
        return shown.stream().map(s -> item(s, marks.getOrDefault(s.id(), Map.of()), now, viewer.locale())).toList();
    }

    private TodayItem item(ClassSession s, Map<Phase, Mark> own, Instant now, Locale locale) {
        String title = academic.stream(s.streamId()).map(st -> st.discipline().in(locale)).orElse("");
        Mark in = own.get(Phase.IN);
        String state;
        String action = null;
        if (in != null) {
            state = texts.get(locale, "attendance-qr.today.arrived", texts.get(locale, in.status().labelKey()),
                    TIME.format(in.markedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(academic.timeZone())));
            if (own.get(Phase.OUT) == null && !now.isBefore(timing.opens(Phase.OUT, s)) && timing.open(Phase.OUT, s, now)) {
                action = texts.get(locale, "attendance-qr.today.markDeparture");
            }
        } else if (timing.open(Phase.IN, s, now)) {
            state = texts.get(locale, "attendance-qr.today.notMarked");
            action = texts.get(locale, "attendance-qr.menu.checkIn");
        } else {
            state = texts.get(locale, "attendance-qr.today.opensAt",
                    TIME.format(timing.opens(Phase.IN, s).atZone(academic.timeZone())));
        }
        return new TodayItem(TodayItem.Kind.CLASS, s.startsAt(), s.endsAt(), title, state,
                action == null ? null : CHECK_IN, action, null);
    }
}
