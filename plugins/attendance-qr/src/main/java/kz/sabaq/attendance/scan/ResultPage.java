package kz.sabaq.attendance.scan;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    /**
     * The template's keys.
     *
     * @param arrival        an arrival (else a departure)
     * @param first          this scan made the mark (else it was there already)
     * @param outsideNetwork flagged only for a scan from outside the room's networks: a calm note
     * @param askPosition    the page asks the phone for its position once, for a room's first mark
     * @param discipline     null when the stream is not known any more
     */
    public record Model(boolean arrival, boolean first, String statusKey, String statusCode, boolean suspicious,
                        boolean outsideNetwork, String time, String date, long markId, boolean askPosition,
                        String discipline) {
    }

    public ResultPage(AcademicDirectory academic, TimetableCache timetable, MarkMapper marks) {
        this.academic = academic;
        this.timetable = timetable;
        this.marks = marks;
    }

    /** A light page (no menu, no notification count): a scan is the busiest moment of the day. */
    LightView of(CheckIns.Outcome outcome, Locale locale) {
        Mark mark = outcome.mark();
        ZonedDateTime at = mark.markedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(academic.timeZone());
        // A phone on mobile data is outside the room's networks by nature: that alone gets a calm
        // note, not the red "looks unusual" (signals are read only for a flagged mark, a rare one).
        boolean onlyNetwork = mark.suspicious() && marks.signalsOf(mark.id()).stream()
                .allMatch(s -> s.reason() == Signal.OUTSIDE_NETWORK);
        String discipline = timetable.stream(outcome.session().streamId()).map(s -> s.discipline().in(locale))
                .orElse(null);
        Model model = new Model(mark.phase() == Phase.IN, outcome.first(), mark.status().labelKey(),
                mark.status().code(), mark.suspicious() && !onlyNetwork, onlyNetwork, TIME.format(at), DATE.format(at),
                mark.id(), outcome.first() && outcome.session().roomId() != null, discipline);
        return LightView.of("attendance-qr/scan-result", "attendance-qr.result.title", model);
    }
}
