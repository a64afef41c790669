package kz.sabaq.attendance.today;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.attendance.Admission;
import kz.sabaq.api.cabinet.TodayItem;
import kz.sabaq.api.cabinet.TodayItems;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attendance.AttendanceModule;
import kz.sabaq.attendance.journal.AdmissionRules;

/**
 * Attendance warnings on a listener's cabinet, per discipline still being taught: not admitted to
 * its controls (with the policy's reasons), or only a few unexcused absences left before that, so
 * the listener learns it while it can still be helped.
 */
public final class AdmissionWarnings implements TodayItems {
    /**
     * Warn from this many absences left, once the listener has missed any: more is no cause for worry
     * yet, and a short course leaves few even to someone who has missed nothing.
     */
    static final int WARN_FROM = 2;
    /** A discipline counts while it had a class in the last month or has one in the coming months. */
    private static final Duration BEHIND = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(120);
    private static final String MINE = "/attendance-qr/check-in/mine";

    private final AcademicDirectory academic;
    private final AdmissionRules admission;
    private final Translations texts;

    public AdmissionWarnings(AcademicDirectory academic, AdmissionRules admission, Translations texts) {
        this.academic = academic;
        this.admission = admission;
        this.texts = texts;
    }

    @Override
    public List<TodayItem> of(Viewer viewer, Instant now) {
        if (!viewer.can(AttendanceModule.CHECK_IN)) {
            return List.of();
        }
        Set<Long> streams = new LinkedHashSet<>();
        for (ClassSession s : academic.sessionsOfStudent(viewer.userId(), now.minus(BEHIND), now.plus(AHEAD))) {
            streams.add(s.streamId());
        }
        Locale locale = viewer.locale();
        List<TodayItem> items = new ArrayList<>();
        for (long stream : streams) {
            AdmissionRules.Verdict verdict = admission.verdict(stream, viewer.userId());
            Admission counts = verdict.counts();
            String warning = warning(verdict, locale);
            if (warning != null) {
                String title = academic.stream(stream).map(st -> st.discipline().in(locale)).orElse("");
                items.add(new TodayItem(TodayItem.Kind.WARNING, null, null, title,
                        texts.get(locale, "attendance-qr.mine.share", Math.round(counts.unexcusedPercent())),
                        MINE, texts.get(locale, "attendance-qr.menu.mine"), warning));
            }
        }
        return items;
    }

    private String warning(AdmissionRules.Verdict verdict, Locale locale) {
        Admission counts = verdict.counts();
        if (!counts.admitted()) {
            String why = verdict.state().reasons().stream().map(r -> r.in(locale)).collect(Collectors.joining("; "));
            String notAdmitted = texts.get(locale, "attendance-qr.mine.notAdmitted");
            return why.isEmpty() ? notAdmitted : texts.get(locale, "attendance-qr.today.notAdmittedBecause", notAdmitted, why);
        }
        OptionalInt left = admission.absencesLeft(counts);
        if (left.isPresent() && left.getAsInt() <= WARN_FROM && counts.unexcused() > 0) {
            return texts.get(locale, "attendance-qr.today.absencesLeft", left.getAsInt());
        }
        return null;
    }
}
