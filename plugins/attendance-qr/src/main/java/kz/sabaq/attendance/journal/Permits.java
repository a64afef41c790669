package kz.sabaq.attendance.journal;

import java.io.IOException;
import java.io.InputStream;
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

    /** The document of a listener's permit for the session. */
    public PermitDocument document(ClassSession session, long studentId) {
        return journal.document(session.id(), studentId).orElseThrow(UserError::notFound);
    }

    /** Reads an uploaded permit document: at most {@link PermitDocument#MAX_BYTES}, PDF, JPEG or PNG by content. */
    public static PermitDocument read(InputStream upload) throws IOException {
        byte[] bytes = upload == null ? new byte[0] : upload.readNBytes(PermitDocument.MAX_BYTES + 1);
        if (bytes.length == 0) {
            return null;
        }
        if (bytes.length > PermitDocument.MAX_BYTES) {
            throw new UserError(413, "attendance-qr.error.documentTooLarge", PermitDocument.MAX_BYTES / (1024 * 1024))
                    .on("document");
        }
        return PermitDocument.of(bytes).orElseThrow(() -> UserError.badRequest("attendance-qr.error.documentType").on("document"));
    }

    /** @param document the permit's document, or null; a new one replaces the permit's earlier one */
    public void grant(long actorId, ClassSession session, long studentId, String reason, PermitDocument document) {
        if (!academic.isStudentOf(session.streamId(), studentId)) {
            throw UserError.badRequest("attendance-qr.error.notAListener");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw UserError.badRequest("attendance-qr.error.permitReason", REASON_MAX).on("reason");
        }
        transactions.run(() -> {
            journal.grant(session.id(), studentId, text, actorId, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            if (document != null) {
                journal.keepDocument(session.id(), studentId, document);
            }
            audit.record(actorId, "attendance-qr.permit", "session:" + session.id(), Map.of("student", studentId,
                    "reason", text, "document", document == null ? "" : document.contentType()));
        });
    }
}
