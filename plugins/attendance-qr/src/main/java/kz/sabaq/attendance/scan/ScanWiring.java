package kz.sabaq.attendance.scan;

import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.Attendance;
import kz.sabaq.attendance.code.MarkMemories;
import kz.sabaq.attendance.code.Receipts;
import kz.sabaq.attendance.journal.MyAttendance;
import kz.sabaq.attendance.mark.MarkWiring.Marking;
import kz.sabaq.attendance.online.TodaysConferences;

/**
 * Wires the listener's pages under {@code /attendance-qr/check-in}: the scan of the QR link (also
 * as a quick route that skips the page machinery), the typed code, the result and "my attendance".
 */
public final class ScanWiring {

    public void wire(ModuleWiring w, Attendance common, Marking marking, AttendanceAdmission admission,
                     TodaysConferences online) {
        // cookies are Secure when users reach the site over https, even through a proxy that ends TLS
        Browsers browsers = new Browsers(new MarkMemories(common.secrets()::of),
                "https".equalsIgnoreCase(w.publicUrl().getScheme()));
        TypedCodes typed = new TypedCodes(common.codes(), w.mapper(TypedFailureMapper.class), common.academic(),
                common.settings(), common.timing());
        MyAttendance mine = new MyAttendance(common.academic(), admission, common.journal(), online, w.clock());
        ScanResource scans = new ScanResource(common.codes(), new Receipts(common.secrets()), browsers,
                marking.checkIns(), typed, new ResultPage(common.academic(), marking.timetable(), common.marks()),
                mine, common.settings(), w.clock());
        w.resource(scans);
        w.quickRoute(scans.quickScan());
    }
}
