package kz.sabaq.attestation.exam;

import java.util.Map;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.RichText;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/** The individual task of a final control without tickets (spec §8): staff with edit rights write it until the answer is sent. */
public final class Tasks {
    private final Attestation common;
    private final ExamMapper store;

    public Tasks(Attestation common, ExamMapper store) {
        this.common = common;
        this.store = store;
    }

    public static boolean editable(Opened exam) {
        return exam.canEdit() && !exam.byTicket() && !exam.byTest() && exam.sitting().answerSentAt() == null;
    }

    public void save(long by, Opened exam, String html) {
        if (!exam.canEdit()) {
            throw UserError.forbidden();
        }
        if (exam.byTicket()) {
            throw UserError.conflict(Answers.PREFIX + "error.byTicket");
        }
        if (exam.byTest()) {
            throw UserError.conflict(Answers.PREFIX + "error.byTest");
        }
        new Admissions(common).require(exam.streamId(), exam.studentId());
        String task = RichText.clean(html);
        if (store.saveTask(exam.streamId(), exam.studentId(), task, common.clock().instant(), by) == 0) {
            throw UserError.conflict(Answers.PREFIX + "error.taskLocked");
        }
        common.audit().record(by, "online-attestation.task.saved", Answers.sittingObject(exam),
                Map.of("chars", RichText.textLength(task)));
    }
}
