package kz.sabaq.attendance.today;

import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.journal.AdmissionRules;

/** Wires what the listener's cabinet shows of attendance today: the class on now and next, admission warnings. */
public final class TodayWiring {

    public void wire(ModuleWiring w, Attendance common, AdmissionRules admission) {
        w.todayItems(new ClassesNowAndNext(common.academic(), common.journal(), common.timing(), common.texts()));
        w.todayItems(new AdmissionWarnings(common.academic(), admission, common.texts()));
    }
}
