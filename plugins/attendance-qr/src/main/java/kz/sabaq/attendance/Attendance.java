package kz.sabaq.attendance;

import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attendance.code.RotatingCodes;
import kz.sabaq.attendance.code.SecretMapper;
import kz.sabaq.attendance.code.SessionSecrets;
import kz.sabaq.attendance.journal.JournalMapper;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.Timing;
import kz.sabaq.attendance.session.SessionAccess;

/**
 * What the features of the module share: core's services, the settings and the windows they set,
 * each session's secret and the codes made from it, the marks and the journal's reading of them,
 * and who may open a session. Built once in {@link AttendanceModule#wire}.
 */
public record Attendance(AcademicDirectory academic, Translations texts, AttendanceSettings settings, Timing timing,
                         SessionSecrets secrets, RotatingCodes codes, MarkMapper marks, JournalMapper journal,
                         SessionAccess access, LiveUpdates live) {

    public static Attendance of(ModuleWiring w) {
        AcademicDirectory academic = w.service(AcademicDirectory.class)
                .orElseThrow(() -> new IllegalStateException("attendance-qr needs core's AcademicDirectory"));
        Translations texts = w.service(Translations.class)
                .orElseThrow(() -> new IllegalStateException("attendance-qr needs core's Translations"));
        AttendanceSettings settings = new AttendanceSettings(w.settings());
        SessionSecrets secrets = new SessionSecrets(w.mapper(SecretMapper.class), w.clock());
        return new Attendance(academic, texts, settings, new Timing(settings), secrets,
                new RotatingCodes(secrets, settings, w.clock()), w.mapper(MarkMapper.class),
                w.mapper(JournalMapper.class), new SessionAccess(academic, w.access()), w.live());
    }
}
