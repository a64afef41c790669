package kz.sabaq.attendance.journal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.web.UserError;

/** Permits: a listener's absence from a session excused, with its reason, kept and audited. */
public final class Permits {
    static final int REASON_MAX = 500;

    private final JournalMapper journal;
    private final AcademicDirectory academic;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public Permits(JournalMapper journal, AcademicDirectory academic, Transactions transactions, AuditLog audit,
                   Clock clock) {
        this.journal = journal;
        this.academic = academic;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public void grant(long actorId, ClassSession session, long studentId, String reason) {
        if (!academic.isStudentOf(session.streamId(), studentId)) {
            throw UserError.badRequest("attendance-qr.error.notAListener");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw UserError.badRequest("attendance-qr.error.permitReason", REASON_MAX);
        }
        transactions.run(() -> {
            journal.grant(session.id(), studentId, text, actorId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            audit.record(actorId, "attendance-qr.permit", "session:" + session.id(),
                    Map.of("student", studentId, "reason", text));
        });
    }
}
