package kz.sabaq.attendance;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.exit.ExitWiring;
import kz.sabaq.attendance.journal.AdmissionRules;
import kz.sabaq.attendance.journal.JournalWiring;
import kz.sabaq.attendance.mark.MarkWiring;
import kz.sabaq.attendance.mark.MarkWiring.Marking;
import kz.sabaq.attendance.online.OnlineWiring;
import kz.sabaq.attendance.online.OnlineWiring.Online;
import kz.sabaq.attendance.report.ReportWiring;
import kz.sabaq.attendance.scan.ScanWiring;
import kz.sabaq.attendance.session.SessionWiring;
import kz.sabaq.attendance.today.TodayWiring;
import org.pf4j.Extension;

/**
 * QR attendance: the trainer shows a rotating code, listeners scan it to mark arrival and
 * departure, statuses follow the regulation's settings, suspicious and manual marks are reviewed.
 */
@Extension
public class AttendanceModule implements LmsModule {
    /** See the sessions of one's own streams: their codes and who has marked. */
    public static final String VIEW = "attendance-qr:view";
    /** Mark by hand and confirm or reject suspicious marks in one's own streams. */
    public static final String MANAGE = "attendance-qr:manage";
    /** The sessions of every stream within the role's restrictions, not only one's own. */
    public static final String ALL_STREAMS = "attendance-qr:all-streams";
    /** Mark one's own arrival and departure. */
    public static final String CHECK_IN = "attendance-qr:check-in";

    @Override
    public String id() {
        return "attendance-qr";
    }

    /** The check-in pages were at /attend and the trainer's at /attendance; printed QR codes still point there. */
    @Override
    public Map<String, String> movedPaths() {
        return Map.of("/attend", "/attendance-qr/check-in", "/attendance", "/attendance-qr");
    }

    @Override
    public String tablePrefix() {
        return "att";
    }

    /** The module-wide texts (roles, menu, settings, the admission policy), then one bundle per feature. */
    @Override
    public List<String> bundles() {
        return List.of(id(), id() + "-mark", id() + "-scan", id() + "-session", id() + "-journal", id() + "-online",
                id() + "-report", id() + "-today");
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(
                new RoleModule("attendance-qr.trainer", "attendance-qr.module.trainer",
                        List.of(Capability.read(VIEW), Capability.edit(MANAGE),
                                Capability.right(ALL_STREAMS, Mode.READ, "attendance-qr.right.allStreams")),
                        Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.TEACHER, Mode.EDIT,
                                StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ),
                        Map.of(StandardRoles.ADMINISTRATOR, List.of(ALL_STREAMS),
                                StandardRoles.HEAD_OF_DEPARTMENT, List.of(ALL_STREAMS),
                                StandardRoles.HEAD_OF_PCC, List.of(ALL_STREAMS))),
                new RoleModule("attendance-qr.listener", "attendance-qr.module.listener",
                        List.of(Capability.read(CHECK_IN)),
                        Map.of(StandardRoles.STUDENT, Mode.READ)));
    }

    @Override
    public List<FormField> settings() {
        return AttendanceSettings.definitions();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("attendance-qr.menu.sessions", "/attendance-qr", VIEW, 30),
                new MenuEntry("attendance-qr.menu.checkIn", "/attendance-qr/check-in", CHECK_IN, 20),
                new MenuEntry("attendance-qr.menu.mine", "/attendance-qr/check-in/mine", CHECK_IN, 21));
    }

    @Override
    public void wire(ModuleWiring w) {
        Attendance common = Attendance.of(w);
        Marking marking = new MarkWiring().wire(w, common);
        AdmissionRules admission = new JournalWiring().wire(w, common);
        Online online = new OnlineWiring().wire(w, common);
        new ScanWiring().wire(w, common, marking, admission, online.today());
        new SessionWiring().wire(w, common, online);
        new ReportWiring().wire(w, common, admission);
        new TodayWiring().wire(w, common, admission);
        new ExitWiring().wire(w, common);
    }
}
