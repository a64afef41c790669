package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Review;

/**
 * The trainer's hand: marking a listener present ("manually marked") or absent, or their departure
 * (left on time, left early), with a structured reason, and confirming or rejecting suspicious
 * marks. Every change keeps its history (who, when, before, after) and goes to the audit log, in
 * the same transaction as the change.
 */
public final class ManualMarks {
    static final int NOTE_MAX = 500;

    private final MarkMapper marks;
    private final ChangeMapper changes;
    private final AcademicDirectory academic;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final LiveUpdates live;

    public ManualMarks(MarkMapper marks, ChangeMapper changes, AcademicDirectory academic, Transactions transactions,
                       AuditLog audit, Clock clock, LiveUpdates live) {
        this.marks = marks;
        this.changes = changes;
        this.academic = academic;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.live = live;
    }

    /** What the trainer records: an arrival (present or absent) or a departure (on time or early), as the form names it. */
    public enum Choice {
        PRESENT("present", Phase.IN, MarkStatus.MANUAL),
        ABSENT("absent", Phase.IN, MarkStatus.ABSENT),
        LEFT_ON_TIME("leftOnTime", Phase.OUT, MarkStatus.LEFT_ON_TIME),
        LEFT_EARLY("leftEarly", Phase.OUT, MarkStatus.LEFT_EARLY);

        private final String form;
        final Phase phase;
        final MarkStatus status;

        Choice(String form, Phase phase, MarkStatus status) {
            this.form = form;
            this.phase = phase;
            this.status = status;
        }

        public static Optional<Choice> of(String form) {
            for (Choice c : values()) {
                if (c.form.equals(form)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A manual mark with its reason and history. A departure needs an arrival that counts (the form
     * offers it only then); it is refused otherwise and changes nothing.
     */
    public void mark(long actorId, ClassSession session, long studentId, Choice choice, String reasonName, String note) {
        if (!academic.isStudentOf(session.streamId(), studentId)) {
            throw UserError.badRequest("attendance-qr.error.notAListener");
        }
        ManualReason reason = ManualReason.of(reasonName)
                .orElseThrow(() -> UserError.badRequest("attendance-qr.error.reasonMissing").on("reason"));
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX) {
            throw UserError.badRequest("attendance-qr.error.noteTooLong", NOTE_MAX).on("note");
        }
        if (reason == ManualReason.OTHER && text.isEmpty()) {
            throw UserError.badRequest("attendance-qr.error.noteMissing").on("note");
        }
        MarkStatus after = choice.status;
        Phase phase = choice.phase;
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        transactions.run(() -> {
            if (phase == Phase.OUT && !Roster.arrived(changes.lock(session.id(), studentId, Phase.IN).orElse(null))) {
                throw UserError.conflict("attendance-qr.error.noArrival").on("mark");
            }
            Optional<Mark> before = changes.lock(session.id(), studentId, phase);
            changes.setManual(session.id(), studentId, phase, after, now,
                    LocalDateTime.ofInstant(session.endsAt(), ZoneOffset.UTC));
            changes.record(new MarkChange(0, session.id(), studentId, phase, actorId, now,
                    before.map(Mark::status).orElse(null), after, before.map(Mark::review).orElse(null), null,
                    reason, text.isEmpty() ? null : text, null));
            Map<String, Object> details = new HashMap<>();
            details.put("student", studentId);
            details.put("phase", phase.name());
            details.put("before", before.map(m -> m.status().name()).orElse(null));
            details.put("after", after.name());
            details.put("reason", reason.name());
            details.put("note", text);
            audit.record(actorId, "attendance-qr.mark.manual", "session:" + session.id(), details);
        });
        live.changed(session.id());
    }

    public void review(long actorId, ClassSession session, long markId, boolean confirm) {
        Mark mark = marks.byId(markId).filter(m -> m.sessionId() == session.id()).orElseThrow(UserError::notFound);
        Review decision = confirm ? Review.CONFIRMED : Review.REJECTED;
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        transactions.run(() -> {
            if (changes.decide(markId, decision) == 0) {
                throw UserError.conflict("attendance-qr.error.notPending");
            }
            changes.record(new MarkChange(0, session.id(), mark.studentId(), mark.phase(), actorId, now,
                    mark.status(), mark.status(), Review.PENDING, decision, null, null, null));
            audit.record(actorId, "attendance-qr.mark.review", "session:" + session.id(),
                    Map.of("student", mark.studentId(), "phase", mark.phase().name(), "decision", decision.name()));
        });
        live.changed(session.id());
    }
}
