package kz.sabaq.attestation;

import java.time.Clock;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.attendance.AttendanceAdmission;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.module.ModuleWiring;

/**
 * What every part of the module shares: core's services, the settings, the read model of streams,
 * slots and sittings, and the access rules. Built once in {@link OnlineAttestationModule#wire}.
 *
 * @param attendanceAdmission the attendance plugin's admission decisions when that plugin is
 *                            enabled: {@code plugin.properties} names it an optional dependency
 *                            ({@code attendance-qr?}), so it is wired first and found here once
 * @param testForm            the computer-based test a final control may be conducted as, received
 *                            once every module is wired (its plugin is wired after this one)
 */
public record Attestation(AcademicDirectory academic, Journals journals, Translations texts,
                          AttestationSettings settings, AttestationMapper store, StreamAccess access,
                          Transactions transactions, AuditLog audit, Clock clock,
                          Optional<AttendanceAdmission> attendanceAdmission, TestForm testForm) {

    public static Attestation of(ModuleWiring w) {
        AcademicDirectory academic = w.service(AcademicDirectory.class)
                .orElseThrow(() -> new IllegalStateException("online-attestation needs core's AcademicDirectory"));
        Journals journals = w.service(Journals.class)
                .orElseThrow(() -> new IllegalStateException("online-attestation needs core's Journals"));
        Translations texts = w.service(Translations.class)
                .orElseThrow(() -> new IllegalStateException("online-attestation needs core's Translations"));
        return new Attestation(academic, journals, texts, new AttestationSettings(w.settings()),
                w.mapper(AttestationMapper.class), new StreamAccess(academic, w.access()), w.transactions(), w.audit(),
                w.clock(), w.service(AttendanceAdmission.class), new TestForm());
    }
}
