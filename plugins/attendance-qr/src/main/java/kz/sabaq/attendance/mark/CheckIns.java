package kz.sabaq.attendance.mark;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.academic.ClassSession;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.web.UserError;
import kz.sabaq.attendance.code.Phase;

/**
 * A listener marks their own arrival or departure: only in a session of their own groups, only
 * inside the marking window, once, and a departure only after an arrival. The mark is one conditional INSERT backed by the UNIQUE key
 * (session, listener, phase), so a second scan, even at the same instant, changes nothing and is
 * answered with the first result. Suspicious marks are recorded and flagged, never dropped.
 */
public final class CheckIns {
    private final MarkMapper marks;
    private final Suspicion suspicion;
    private final Timing timing;
    private final Transactions transactions;
    private final LiveUpdates live;
    private final TimetableCache timetable;
    private final RecentSources recent = new RecentSources();

    /** What was recorded; {@code first} is false when an earlier mark answered the scan. */
    public record Outcome(Mark mark, ClassSession session, boolean first) {
    }

    public CheckIns(MarkMapper marks, Suspicion suspicion, Timing timing,
                    Transactions transactions, LiveUpdates live, TimetableCache timetable) {
        this.marks = marks;
        this.suspicion = suspicion;
        this.timing = timing;
        this.transactions = transactions;
        this.live = live;
        this.timetable = timetable;
    }

    /** The timetable session a link or receipt names; 404 when there is none (so no secret is made for it). */
    public ClassSession session(long sessionId) {
        return timetable.session(sessionId).orElseThrow(UserError::notFound);
    }

    /**
     * An ordinary scan is one statement and one durable commit, with no transaction around it: the
     * claim, an {@code INSERT IGNORE … RETURNING id} that is atomic by itself (the session and its
     * listeners are kept a minute). Only a scan with signals writes the mark and its reasons in one
     * transaction. Whether another listener marked from the same device or, outside the room's
     * networks, from the same address within seconds is first asked of this node's memory of
     * recent marks, and of the browser's own memory; only when either says so does the database,
     * which keeps every mark's device and address, name and flag the marks. On several nodes, a
     * second scan served by another node than the first escapes the address signal unless the
     * browser remembers; the device signal needs the device cookie, as before.
     */
    public Outcome record(Scan scan) {
        ClassSession session = timetable.session(scan.sessionId()).orElseThrow(UserError::notFound);
        Outcome outcome = claim(scan, session);
        if (outcome.first()) {
            live.changed(session.id());
        }
        return outcome;
    }

    /**
     * Completes a scan made before logging in. Its receipt names no one, so it completes for the
     * first account only: once a mark was made from it, another account logging in on the same
     * browser is refused instead of being marked for a scan it did not make.
     */
    public Outcome completeReceipt(Scan scan) {
        if (marks.receiptUsedByOther(scan.sessionId(), scan.phase(), scan.device(), utc(scan.scannedAt()),
                scan.studentId()) > 0) {
            throw UserError.badRequest("attendance-qr.error.receiptUsed");
        }
        return record(scan);
    }

    private Outcome claim(Scan scan, ClassSession session) {
        if (!timetable.isStudentOf(session.streamId(), scan.studentId())) {
            throw new UserError(403, "attendance-qr.error.notYourSession");
        }
        Optional<String> closed = timing.closedReason(scan.phase(), session, scan.scannedAt());
        if (closed.isPresent()) {
            return marks.find(session.id(), scan.studentId(), scan.phase())
                    .map(m -> new Outcome(m, session, false))
                    .orElseThrow(() -> UserError.badRequest(closed.get()));
        }
        List<Suspicion.Found> signals = suspicion.of(scan, session);
        Mark mark = new Mark(0, session.id(), scan.studentId(), scan.phase(),
                timing.status(scan.phase(), session, scan.scannedAt()), scan.source(), utc(scan.scannedAt()),
                signals.isEmpty() ? null : Review.PENDING);
        Sources sources = new Sources(mark, scan.device(), suspicion.comparedAddress(scan, session),
                suspicion.sameAddressWindow());
        Optional<Long> claimed = signals.isEmpty() ? claim(mark, session, scan)
                : transactions.inTransaction(() -> {
                    Optional<Long> first = claim(mark, session, scan);
                    first.ifPresent(id -> signals.forEach(s -> marks.addSignal(id, s.reason(), s.detail())));
                    return first;
                });
        if (claimed.isEmpty()) {
            Mark earlier = marks.find(session.id(), scan.studentId(), scan.phase())
                    .orElseThrow(() -> UserError.badRequest("attendance-qr.error.departureWithoutArrival"));
            return new Outcome(earlier, session, false);
        }
        Mark recorded = withId(mark, claimed.get());
        boolean shared = recent.sharedWithAnother(recorded, scan.device(), sources.address(), scan.scannedAt(),
                sources.window()) | scan.browserMarkedOthers();
        return new Outcome(shared ? shared(recorded, sources) : recorded, session, true);
    }

    /** What a new mark is compared with: its device, and its address within the window (null: not compared). */
    private record Sources(Mark mark, byte[] device, String address, java.time.Duration window) {
        LocalDateTime from() {
            return mark.markedAt().minus(window);
        }

        LocalDateTime to() {
            return mark.markedAt().plus(window);
        }
    }

    private Optional<Long> claim(Mark mark, ClassSession session, Scan scan) {
        if (mark.phase() == Phase.OUT) {
            return marks.claimDeparture(mark, utc(session.endsAt()), scan.device(), scan.address());
        }
        return marks.claim(mark, utc(session.endsAt()), scan.device(), scan.address());
    }

    /**
     * The phone's position after a mark, once per mark and only for the listener's own: outside the
     * room's radius it makes the mark suspicious.
     */
    public void reportPosition(long markId, long studentId, double latitude, double longitude) {
        Mark mark = marks.byId(markId).filter(m -> m.studentId() == studentId).orElseThrow(UserError::notFound);
        ClassSession session = timetable.session(mark.sessionId()).orElseThrow(UserError::notFound);
        transactions.run(() -> {
            if (marks.setPosition(markId, studentId, latitude, longitude) == 1) {
                suspicion.position(session, latitude, longitude).ifPresent(found -> {
                    marks.addSignal(markId, found.reason(), found.detail());
                    marks.flag(markId);
                });
            }
        });
        live.changed(session.id());
    }

    /**
     * One device, or one address outside the room within seconds, marking several listeners: every
     * one of those marks is flagged, each with the other's id. Only a scan the claim found sharing
     * (or whose browser remembers marking another) looks the other marks up.
     */
    private Mark shared(Mark recorded, Sources sources) {
        List<MarkMapper.Shared> others = marks.sharing(recorded, sources.device(), sources.address(), sources.from(),
                sources.to());
        if (others.isEmpty()) {
            return recorded;
        }
        transactions.run(() -> {
            for (MarkMapper.Shared other : others) {
                Signal reason = other.sameDevice() ? Signal.SHARED_DEVICE : Signal.SHARED_ADDRESS;
                marks.addSignal(recorded.id(), reason, String.valueOf(other.studentId()));
                marks.addSignal(other.id(), reason, String.valueOf(recorded.studentId()));
                marks.flag(other.id());
            }
            marks.flag(recorded.id());
        });
        return new Mark(recorded.id(), recorded.sessionId(), recorded.studentId(), recorded.phase(), recorded.status(),
                recorded.source(), recorded.markedAt(), Review.PENDING);
    }

    private static Mark withId(Mark m, long id) {
        return new Mark(id, m.sessionId(), m.studentId(), m.phase(), m.status(), m.source(), m.markedAt(), m.review());
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
