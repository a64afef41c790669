package kz.sabaq.attendance.scan;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.web.LightView;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.CheckIns;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.Signal;
import kz.sabaq.attendance.mark.TimetableCache;

/** The page a listener sees after marking: what was recorded, when, and with which status. */
public final class ResultPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AcademicDirectory academic;
    private final TimetableCache timetable;
    private final MarkMapper marks;

    public ResultPage(AcademicDirectory academic, TimetableCache timetable, MarkMapper marks) {
        this.academic = academic;
        this.timetable = timetable;
        this.marks = marks;
    }

    /** A light page (no menu, no notification count): a scan is the busiest moment of the day. */
    LightView of(CheckIns.Outcome outcome, Locale locale) {
        Mark mark = outcome.mark();
        ZonedDateTime at = mark.markedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(academic.timeZone());
        Map<String, Object> model = new HashMap<>();
        model.put("arrival", mark.phase() == Phase.IN);
        model.put("first", outcome.first());
        model.put("statusKey", mark.status().labelKey());
        model.put("statusCode", mark.status().code());
        // A phone on mobile data is outside the room's networks by nature: that alone gets a calm
        // note, not the red "looks unusual" (signals are read only for a flagged mark, a rare one).
        boolean onlyNetwork = mark.suspicious() && marks.signalsOf(mark.id()).stream()
                .allMatch(s -> s.reason() == Signal.OUTSIDE_NETWORK);
        model.put("suspicious", mark.suspicious() && !onlyNetwork);
        model.put("outsideNetwork", onlyNetwork);
        model.put("time", TIME.format(at));
        model.put("date", DATE.format(at));
        model.put("markId", mark.id());
        model.put("askPosition", outcome.first() && outcome.session().roomId() != null);
        timetable.stream(outcome.session().streamId())
                .ifPresent(s -> model.put("discipline", s.discipline().in(locale)));
        return LightView.of("attendance-qr/result", "attendance-qr.result.title", model);
    }
}
