package kz.sabaq.attestation.exam;

import java.util.Map;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.exam.ExamAccess.Opened;

/**
 * "Show ticket questions" and the ticket's file: the holder sees them once staff have sent the
 * questions (the first view is recorded), staff always.
 */
public final class Questions {
    private final Attestation common;
    private final ExamMapper store;
    private final LiveUpdates live;

    public Questions(Attestation common, ExamMapper store, LiveUpdates live) {
        this.common = common;
        this.store = store;
        this.live = live;
    }

    /**
     * The student asks for the questions. False while they have not been sent ("Күте тұрыңыз…");
     * true when they may be read, the viewing time recorded the first time.
     */
    public boolean view(Opened exam) {
        Sitting sitting = exam.sitting();
        if (!exam.student() || !exam.byTicket() || !sitting.hasTicket()) {
            throw UserError.conflict(Answers.PREFIX + "error.noTicket");
        }
        new Admissions(common).require(exam.streamId(), exam.studentId());
        if (sitting.questionsSentAt() == null) {
            return false;
        }
        if (store.markViewed(exam.streamId(), exam.studentId(), common.clock().instant()) == 1) {
            common.audit().record(exam.studentId(), "online-attestation.questions.viewed", Answers.sittingObject(exam),
                    Map.of("ticket", sitting.ticketNumber()));
            live.changed(exam.slot().id());
        }
        return true;
    }

    /** Whether the viewer may read the ticket's questions now. */
    public static boolean readable(Opened exam) {
        Sitting s = exam.sitting();
        if (!exam.byTicket() || !s.hasTicket()) {
            return false;
        }
        return exam.student() ? s.questionsSentAt() != null && s.questionsViewedAt() != null : true;
    }

    public ExamMapper.TicketContent ticket(Opened exam) {
        return store.ticket(exam.streamId(), exam.sitting().ticketNumber());
    }
}
