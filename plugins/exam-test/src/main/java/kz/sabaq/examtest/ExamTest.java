package kz.sabaq.examtest;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.attestation.FinalControlAdmission;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.file.FileStore;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.module.ModuleWiring;

/**
 * What every part of the module shares: core's services, the settings and the access rules. Built
 * once in {@link ExamTestModule#wire}.
 */
public record ExamTest(AcademicDirectory academic, Journals journals, GradingScales scales, Translations texts,
                       ExamTestSettings settings, Courses courses, Transactions transactions, AuditLog audit,
                       FileStore files, Clock clock, ModuleWiring wiring, FinalControlGate finalControl) {
    /** How the module shows a moment, as core's pages do: the institution's local date and time. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public static ExamTest of(ModuleWiring w) {
        AcademicDirectory academic = need(w, AcademicDirectory.class);
        return new ExamTest(academic, need(w, Journals.class), need(w, GradingScales.class), need(w, Translations.class),
                new ExamTestSettings(w.settings()),
                new Courses(academic, w.access(), w.mapper(CourseMapper.class)),
                w.transactions(), w.audit(), w.files(), w.clock(), w,
                // online attestation is an optional dependency, so it is wired first when it is started
                new FinalControlGate(w.service(FinalControlAdmission.class), w.clock(), academic.timeZone()));
    }

    private static <T> T need(ModuleWiring w, Class<T> type) {
        return w.service(type).orElseThrow(() -> new IllegalStateException("exam-test needs core's " + type.getSimpleName()));
    }
}
