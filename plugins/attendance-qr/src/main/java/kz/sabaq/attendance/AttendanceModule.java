package kz.sabaq.attendance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.attendance.AttendanceMarks;
import kz.sabaq.api.attendance.AttendancePolicy;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.attendance.code.MarkMemories;
import kz.sabaq.attendance.code.QrImage;
import kz.sabaq.attendance.code.Receipts;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.code.SecretMapper;
import kz.sabaq.attendance.code.SessionSecrets;
import kz.sabaq.attendance.exit.AutoExit;
import kz.sabaq.attendance.exit.ExitMapper;
import kz.sabaq.attendance.journal.AbsenceRule;
import kz.sabaq.attendance.journal.AdmissionRules;
import kz.sabaq.attendance.journal.JournalMapper;
import kz.sabaq.attendance.journal.MarksReader;
import kz.sabaq.attendance.journal.MyAttendance;
import kz.sabaq.attendance.journal.Permits;
import kz.sabaq.attendance.live.LiveMapper;
import kz.sabaq.attendance.live.MarkEvents;
import kz.sabaq.attendance.mark.CheckIns;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.Suspicion;
import kz.sabaq.attendance.mark.TimetableCache;
import kz.sabaq.attendance.mark.Timing;
import kz.sabaq.attendance.online.OnlineWiring;
import kz.sabaq.attendance.report.ReportCsv;
import kz.sabaq.attendance.report.ReportResource;
import kz.sabaq.attendance.report.StreamReport;
import kz.sabaq.attendance.report.WeekChart;
import kz.sabaq.attendance.scan.Browsers;
import kz.sabaq.attendance.scan.ResultPage;
import kz.sabaq.attendance.scan.ScanResource;
import kz.sabaq.attendance.scan.TypedCodes;
import kz.sabaq.attendance.scan.TypedFailureMapper;
import kz.sabaq.attendance.session.ChangeMapper;
import kz.sabaq.attendance.session.ManualMarks;
import kz.sabaq.attendance.session.PermitResource;
import kz.sabaq.attendance.session.Roster;
import kz.sabaq.attendance.session.SessionAccess;
import kz.sabaq.attendance.session.SessionList;
import kz.sabaq.attendance.session.SessionPage;
import kz.sabaq.attendance.session.SessionResource;
import kz.sabaq.attendance.today.AdmissionWarnings;
import kz.sabaq.attendance.today.ClassesNowAndNext;
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
        AcademicDirectory academic = w.service(AcademicDirectory.class)
                .orElseThrow(() -> new IllegalStateException("attendance-qr needs core's AcademicDirectory"));
        AttendanceSettings settings = new AttendanceSettings(w.settings());
        Timing timing = new Timing(settings);
        SessionSecrets secrets = new SessionSecrets(w.mapper(SecretMapper.class), w.clock());
        RotatingCodes codes = new RotatingCodes(secrets, settings, w.clock());
        MarkMapper marks = w.mapper(MarkMapper.class);
        LiveUpdates live = w.live();
        TimetableCache timetable = new TimetableCache(academic, w.clock());
        CheckIns checkIns = new CheckIns(marks, new Suspicion(timetable, settings), timing, w.transactions(), live,
                timetable);
        JournalMapper journal = w.mapper(JournalMapper.class);
        MarksReader readMarks = new MarksReader(academic, journal, w.clock());
        w.provide(AttendanceMarks.class, readMarks);
        AdmissionRules admission = new AdmissionRules(readMarks, settings, w.extensions(AttendancePolicy.class));
        w.provide(AttendanceAdmission.class, admission);
        w.settingChoices(AttendanceSettings.ADMISSION_POLICY, admission.choices());
        Translations texts = w.service(Translations.class)
                .orElseThrow(() -> new IllegalStateException("attendance-qr needs core's Translations"));
        Roster roster = new Roster(marks, journal, academic);
        SessionAccess access = new SessionAccess(academic, w.access());
        ChangeMapper changes = w.mapper(ChangeMapper.class);
        OnlineWiring.Online online = new OnlineWiring().wire(w, academic, timing, marks, changes, roster, access, live);
        Browsers browsers = new Browsers(new MarkMemories(secrets::of), "https".equalsIgnoreCase(w.publicUrl().getScheme()));
        ScanResource scans = new ScanResource(codes, new Receipts(secrets), browsers, checkIns,
                new TypedCodes(codes, w.mapper(TypedFailureMapper.class), academic, settings, timing),
                new ResultPage(academic, timetable, marks), new MyAttendance(academic, admission, journal, online.today(),
                w.clock()), settings, w.clock());
        w.resource(scans);
        w.quickRoute(scans.quickScan());
        SessionPage pages = new SessionPage(academic, codes, roster, timing, w.clock(), online.page());
        Permits permits = new Permits(journal, academic, w.transactions(), w.audit(), w.clock());
        ManualMarks manual = new ManualMarks(marks, changes, academic, w.transactions(), w.audit(),
                w.clock(), live);
        w.resource(new SessionResource(access, codes, new QrImage(), pages,
                new SessionList(academic, pages, w.access(), w.clock()), manual,
                new MarkEvents(live, w.mapper(LiveMapper.class)), w.clock(), w.publicUrl()));
        w.resource(new PermitResource(access, permits, pages));
        w.resource(online.resource().apply(pages));
        w.resource(new ReportResource(access, new StreamReport(academic, journal, admission, new AbsenceRule(settings),
                w.clock()), new WeekChart(), new ReportCsv(texts), texts));
        w.todayItems(new ClassesNowAndNext(academic, journal, timing, texts));
        w.todayItems(new AdmissionWarnings(academic, admission, texts));
        AutoExit autoExit = new AutoExit(w.mapper(ExitMapper.class), settings, w.transactions(), w.clock());
        w.job(new ScheduledJob("auto-exit", Duration.ofMinutes(1), autoExit::sweep));
    }
}
