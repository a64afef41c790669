package kz.sabaq.attendance.online;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.code.Phase;
import kz.sabaq.attendance.mark.Mark;
import kz.sabaq.attendance.mark.MarkMapper;
import kz.sabaq.attendance.mark.MarkStatus;
import kz.sabaq.attendance.mark.Source;
import kz.sabaq.attendance.session.ChangeMapper;
import kz.sabaq.attendance.session.MarkChange;

/**
 * The trainer confirms a proposal: what {@link Proposal.Line#writes} says of each listener's marks as
 * they stand (the rule the proposal page counts by) is written with source {@code ONLINE} through the
 * claim-once insert the scans use, so an existing scan or manual mark wins (but a departure replaces
 * the automatic exit's "did not mark exit", see {@link #replaceAutomatic}), and a double click or
 * two trainers confirming at once leave one mark per listener, session and phase. Each mark written
 * gets a history row naming the trainer, in the same transaction.
 *
 * <p>The activity is read again at confirm time and the proposal rebuilt; when its digest is not the
 * one the trainer saw, the platform reports something else now and nothing is written (409): the
 * trainer looks at the new proposal. So a confirm never writes data the trainer did not see, nor
 * data the platform no longer reports.
 */
public final class OnlineConfirmation {
    private final Proposals proposals;
    private final MarkMapper marks;
    private final ChangeMapper changes;
    private final OnlineMapper rows;
    private final Transactions transactions;
    private final AuditLog audit;
    private final LiveUpdates live;
    private final Clock clock;

    public OnlineConfirmation(Proposals proposals, MarkMapper marks, ChangeMapper changes, OnlineMapper rows, Transactions transactions,
                              AuditLog audit, LiveUpdates live, Clock clock) {
        this.proposals = proposals;
        this.marks = marks;
        this.changes = changes;
        this.rows = rows;
        this.transactions = transactions;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    /** Writes the proposal the trainer saw ({@code digest}); returns how many marks were written. */
    public int confirm(long actorId, ClassSession session, String digest) {
        Proposal proposal = proposals.propose(session);
        if (digest == null || !proposal.digest().equals(digest)) {
            throw UserError.conflict("attendance-qr.online.error.activityChanged");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        LocalDateTime endsAt = utc(session.endsAt());
        // One order for every confirm, so two at once wait for each other's rows instead of deadlocking.
        List<Proposal.Line> lines = proposal.lines().stream()
                .sorted(Comparator.comparingLong(l -> l.student().userId())).toList();
        int written = transactions.inTransaction(() -> {
            Map<Long, Map<Phase, Mark>> marked = byStudent(marks.ofSession(session.id()));
            int count = 0;
            int replaced = 0;
            for (Proposal.Line line : lines) {
                long student = line.student().userId();
                Map<Phase, Mark> own = marked.getOrDefault(student, Map.of());
                Proposal.Writes writes = line.writes(Proposal.Standing.of(own.get(Phase.IN), own.get(Phase.OUT)));
                if (writes.in()) {
                    if (claim(session, student, line.in(), endsAt)) {
                        changes.record(confirmed(session, student, Phase.IN, null, line.in().status(), actorId, now));
                        count++;
                    } else {
                        // Another arrival was marked meanwhile and wins: the departure follows the rule on it.
                        writes = line.writes(standing(session, student));
                    }
                }
                if (writes.out()) {
                    if (!writes.replaces() && claim(session, student, line.out(), endsAt)) {
                        changes.record(confirmed(session, student, Phase.OUT, null, line.out().status(), actorId, now));
                        count++;
                    } else if (replaceAutomatic(actorId, session, student, line.out(), now)) {
                        count++;
                        replaced++;
                    }
                }
            }
            if (count > 0) {
                audit.record(actorId, "attendance-qr.online.confirm", "session:" + session.id(),
                        Map.of("marks", count, "replaced", replaced, "proposed", proposal.marks()));
            }
            return count;
        });
        if (written > 0) {
            live.changed(session.id());
        }
        return written;
    }

    /** The listener's marks as they stand now. */
    private Proposal.Standing standing(ClassSession session, long student) {
        return Proposal.Standing.of(marks.find(session.id(), student, Phase.IN).orElse(null),
                marks.find(session.id(), student, Phase.OUT).orElse(null));
    }

    /** The session's marks by listener and phase. */
    private static Map<Long, Map<Phase, Mark>> byStudent(List<Mark> marks) {
        Map<Long, Map<Phase, Mark>> by = new HashMap<>();
        for (Mark m : marks) {
            by.computeIfAbsent(m.studentId(), k -> new EnumMap<>(Phase.class)).put(m.phase(), m);
        }
        return by;
    }

    /**
     * The automatic exit's "did not mark exit" is the absence of evidence: the platform's departure
     * replaces it. Only a mark the job wrote, by a conditional update, so a scan or manual mark wins
     * and of two confirms at once one changes it and writes the one history row.
     */
    private boolean replaceAutomatic(long actorId, ClassSession session, long student, Proposal.Proposed departure,
                                     LocalDateTime now) {
        Optional<Mark> out = marks.find(session.id(), student, Phase.OUT).filter(m -> m.source() == Source.AUTO);
        if (out.isEmpty() || rows.replaceAutomatic(out.get().id(), departure.status(), utc(departure.at())) != 1) {
            return false;
        }
        changes.record(confirmed(session, student, Phase.OUT, out.get().status(), departure.status(), actorId, now));
        return true;
    }

    /** The history row of a mark written from the platform's activity; {@code before} null for a new mark. */
    private static MarkChange confirmed(ClassSession session, long student, Phase phase, MarkStatus before,
                                        MarkStatus after, long actorId, LocalDateTime now) {
        return new MarkChange(0, session.id(), student, phase, actorId, now, before, after, null, null, null, null,
                Source.ONLINE);
    }

    private boolean claim(ClassSession session, long student, Proposal.Proposed proposed, LocalDateTime endsAt) {
        Mark mark = new Mark(0, session.id(), student, proposed.phase(), proposed.status(), Source.ONLINE,
                utc(proposed.at()), null);
        return marks.claim(mark, endsAt, null, null).isPresent();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
