package kz.sabaq.attestation.exam;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.sabaq.api.journal.Journals;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * "I" (incomplete, seed 002): instead of a grade, the student gets until a deadline to clear the
 * debt. When the deadline passes and the journal's final control cell still says "I", the
 * scheduled job writes "F" (when the institution's setting says so), once per deadline, audited.
 */
public final class Incompletes {
    public static final String INCOMPLETE = Journals.INCOMPLETE;
    public static final String FAILED = "F";
    static final String SOURCE = "online-attestation.incomplete";

    private final Attestation common;
    private final IncompleteMapper store;
    private final ExamMapper sittings;
    private final LiveUpdates live;
    private final Grading grading;

    public Incompletes(Attestation common, IncompleteMapper store, ExamMapper sittings, LiveUpdates live,
                       Grading grading) {
        this.common = common;
        this.grading = grading;
        this.store = store;
        this.sittings = sittings;
        this.live = live;
    }

    /** The deadline the form offers: the setting's number of days from today. */
    public LocalDate defaultDeadline() {
        return LocalDate.now(common.clock().withZone(zone())).plusDays(common.settings().incompleteDays());
    }

    /** Sets "I" with its deadline (the end of that day, institution time). */
    public void mark(long by, Opened exam, String date) {
        if (!exam.canGrade()) {
            throw UserError.forbidden();
        }
        if (!Grading.gradable(exam, common.clock().instant())) {
            throw UserError.conflict(Answers.PREFIX + "error.notGradable");
        }
        new Admissions(common).require(exam.streamId(), exam.studentId());
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.trim());
        } catch (DateTimeException e) {
            throw UserError.badRequest(Answers.PREFIX + "error.deadline").on("deadline");
        }
        Instant now = common.clock().instant();
        Instant deadline = day.plusDays(1).atStartOfDay(zone()).toInstant();
        if (!deadline.isAfter(now)) {
            throw UserError.badRequest(Answers.PREFIX + "error.deadlinePassed").on("deadline");
        }
        common.transactions().run(() -> {
            common.journals().clearGrade(exam.streamId(), exam.studentId(), Journals.FINAL_WRITTEN, Grading.SOURCE, by);
            common.journals().clearGrade(exam.streamId(), exam.studentId(), Journals.FINAL_ORAL, Grading.SOURCE, by);
            common.journals().setGrade(exam.streamId(), exam.studentId(), Journals.FINAL, INCOMPLETE, Grading.SOURCE, by);
            sittings.setAbsence(exam.streamId(), exam.studentId(), null);
            store.set(exam.streamId(), exam.studentId(), deadline, now, by);
            common.audit().record(by, "online-attestation.grade.incomplete", Answers.sittingObject(exam),
                    Map.of("deadline", deadline.toString()));
        });
        live.changed(exam.slot().id());
    }

    /** The job: every passed deadline once; "I" still in the journal becomes "F". */
    public void expire() {
        Instant now = common.clock().instant();
        for (IncompleteMapper.Due due : store.due(now)) {
            common.transactions().run(() -> {
                if (store.expire(due.streamId(), due.studentId(), due.deadline(), now) != 1) {
                    return;
                }
                String grade = common.journals().grades(due.streamId(), due.studentId()).get(Journals.FINAL);
                boolean failed = INCOMPLETE.equals(grade) && common.settings().incompleteBecomesF();
                if (failed) {
                    common.journals().setGrade(due.streamId(), due.studentId(), Journals.FINAL,
                            grading.failing(due.streamId(), FAILED), SOURCE, due.setBy());
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("deadline", due.deadline().toString());
                details.put("grade", grade == null ? "" : grade);
                details.put("becameF", failed);
                common.audit().record(null, "online-attestation.incomplete.expired",
                        "oa-sitting:" + due.streamId() + ":" + due.studentId(), details);
            });
        }
    }

    private ZoneId zone() {
        return common.academic().timeZone();
    }
}
