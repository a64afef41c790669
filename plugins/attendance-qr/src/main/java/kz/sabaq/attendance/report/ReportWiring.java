package kz.sabaq.attendance.report;

import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.journal.AbsenceRule;

/** Wires a stream's attendance report: weeks, listeners, the chart and the CSV for Excel. */
public final class ReportWiring {

    public void wire(ModuleWiring w, Attendance common, AttendanceAdmission admission) {
        StreamReport report = new StreamReport(common.academic(), common.journal(), admission,
                new AbsenceRule(common.settings()), w.clock());
        w.resource(new ReportResource(common.access(), report, new WeekChart(), new ReportCsv(common.texts()),
                common.texts()));
    }
}
