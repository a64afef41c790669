package kz.sabaq.attendance.session;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.sabaq.api.academic.AcademicDirectory;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.academic.Student;
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
            record(actorId, session, studentId, phase, now, before.map(Mark::status).orElse(null), after,
                    before.map(Mark::review).orElse(null), reason, text);
        });
        live.changed(session.id());
    }

    /**
     * Marks every listener still without an arrival as present ("manually marked") or absent, each
     * with its history and audit entry as a manual mark. Marks already there are left as they are,
     * so a second click (or a scan meanwhile) changes nothing twice.
     *
     * @return how many listeners were marked
     */
    public int markRemaining(long actorId, ClassSession session, Choice choice) {
        if (choice.phase != Phase.IN) {
            throw UserError.badRequest("attendance-qr.error.markChoice");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDateTime endsAt = LocalDateTime.ofInstant(session.endsAt(), ZoneOffset.UTC);
        Set<Long> marked = marks.ofSession(session.id()).stream().filter(m -> m.phase() == Phase.IN)
                .map(Mark::studentId).collect(Collectors.toSet());
        List<Long> remaining = academic.studentsOf(session.streamId()).stream().map(Student::userId)
                .filter(id -> !marked.contains(id)).toList();
        int done = transactions.inTransaction(() -> {
            int count = 0;
            for (long studentId : remaining) {
                if (changes.addManualArrival(session.id(), studentId, choice.status, now, endsAt) > 0) {
                    record(actorId, session, studentId, Phase.IN, now, null, choice.status, null,
                            ManualReason.ALL_REMAINING, "");
                    count++;
                }
            }
            return count;
        });
        if (done > 0) {
            live.changed(session.id());
        }
        return done;
    }

    /** The history row and the audit entry of a manual mark, in the transaction of the change. */
    private void record(long actorId, ClassSession session, long studentId, Phase phase, LocalDateTime now,
                        MarkStatus before, MarkStatus after, Review reviewBefore, ManualReason reason, String note) {
        changes.record(new MarkChange(0, session.id(), studentId, phase, actorId, now, before, after, reviewBefore,
                null, reason, note.isEmpty() ? null : note, null));
        Map<String, Object> details = new HashMap<>();
        details.put("student", studentId);
        details.put("phase", phase.name());
        details.put("before", before == null ? null : before.name());
        details.put("after", after.name());
        details.put("reason", reason.name());
        details.put("note", note);
        audit.record(actorId, "attendance-qr.mark.manual", "session:" + session.id(), details);
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
