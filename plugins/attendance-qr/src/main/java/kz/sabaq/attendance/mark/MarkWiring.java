package kz.sabaq.attendance.mark;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;

/** Wires the taking of marks: the check-ins every scan goes through, with the timetable they read. */
public final class MarkWiring {

    /** What the scan pages take marks with and show them by. */
    public record Marking(CheckIns checkIns, TimetableCache timetable) {
    }

    public Marking wire(ModuleWiring w, Attendance common) {
        TimetableCache timetable = new TimetableCache(common.academic(), w.clock());
        CheckIns checkIns = new CheckIns(common.marks(), new Suspicion(timetable, common.settings()), common.timing(),
                w.transactions(), common.live(), timetable);
        return new Marking(checkIns, timetable);
    }
}
