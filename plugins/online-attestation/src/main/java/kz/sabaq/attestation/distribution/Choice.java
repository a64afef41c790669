package kz.sabaq.attestation.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.OnlineStream;
import kz.sabaq.attestation.Sitting;
import kz.sabaq.attestation.distribution.TicketDistribution.Tile;

/**
 * "Choose a ticket": tiles without numbers, free or taken, and taking one. The take is one
 * conditional update (placed, no ticket yet) guarded by the unique key (stream, pool, number), so
 * two students pressing the same tile at the same instant get one ticket and one "taken".
 */
final class Choice {
    static final String EVENT = "online-attestation.tickets.chosen";
    private static final int ATTEMPTS = 5;

    private final DistributionMapper tickets;
    private final AttestationMapper store;
    private final Strategies strategies;
    private final TileSecrets secrets;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    Choice(DistributionMapper tickets, AttestationMapper store, Strategies strategies, TileSecrets secrets,
           Transactions transactions, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.store = store;
        this.strategies = strategies;
        this.secrets = secrets;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One tile per ticket of the stream, in the student's own order; none without a sitting. */
    List<Tile> tiles(long streamId, long studentId) {
        OnlineStream stream = store.stream(streamId);
        Sitting sitting = stream == null ? null : store.sitting(streamId, studentId);
        if (sitting == null || !stream.byTicket() || stream.ticketCount() <= 0) {
            return List.of();
        }
        return tiles(new Chooser(stream, sitting));
    }

    List<Tile> tiles(Chooser chooser) {
        long streamId = chooser.stream().streamId();
        long studentId = chooser.sitting().studentId();
        int[] order = TileOrder.of(secrets.of(streamId), streamId, studentId, chooser.stream().ticketCount());
        Set<Integer> taken = new HashSet<>(tickets.usedInPool(streamId, pool(chooser.sitting())));
        List<Tile> tiles = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            tiles.add(new Tile(i + 1, !taken.contains(order[i])));
        }
        return tiles;
    }

    /** The student's own sitting in a stream where they may choose; a translated error saying why not. */
    record Chooser(OnlineStream stream, Sitting sitting) {
    }

    Chooser mayChoose(long streamId, long studentId) {
        OnlineStream stream = store.stream(streamId);
        Sitting sitting = stream == null ? null : store.sitting(streamId, studentId);
        if (sitting == null) {
            throw UserError.notFound();
        }
        if (!stream.byTicket() || stream.ticketCount() <= 0) {
            throw UserError.conflict("online-attestation.distribution.error.notByTicket");
        }
        if (!strategies.chosen().studentsChoose()) {
            throw UserError.conflict("online-attestation.distribution.error.choiceNotOffered");
        }
        if (sitting.placedAt() == null) {
            throw UserError.conflict("online-attestation.distribution.error.notPlaced");
        }
        return new Chooser(stream, sitting);
    }

    int choose(Viewer student, long streamId, int position) {
        Chooser chooser = mayChoose(streamId, student.userId());
        Sitting sitting = chooser.sitting();
        if (sitting.hasTicket()) {
            throw UserError.conflict("online-attestation.distribution.error.alreadyHasTicket");
        }
        ExamSlot slot = store.slot(sitting.slotId());
        Instant now = clock.instant();
        if (!slot.started(now)) {
            throw UserError.conflict("online-attestation.distribution.error.notStarted");
        }
        if (slot.ended(now)) {
            throw UserError.conflict("online-attestation.distribution.error.ended");
        }
        int count = chooser.stream().ticketCount();
        if (position < 1 || position > count) {
            throw UserError.badRequest("online-attestation.distribution.error.noSuchTile");
        }
        int number = TileOrder.of(secrets.of(streamId), streamId, student.userId(), count)[position - 1];
        long pool = pool(sitting);
        Map<String, Object> details = Map.of("student", student.userId(), "slot", sitting.slotId(), "pool", pool,
                "position", position, "ticket", number);
        if (!take(streamId, student.userId(), sitting.slotId(), pool, number, now, details)) {
            Sitting after = store.sitting(streamId, student.userId());
            throw UserError.conflict(after != null && after.hasTicket()
                    ? "online-attestation.distribution.error.alreadyHasTicket"
                    : "online-attestation.distribution.error.notPlaced");
        }
        return number;
    }

    /**
     * The conditional update and its audit entry in one transaction (one durable commit). A
     * duplicate key means someone holds the ticket: "taken"; a deadlock is simply tried again.
     */
    private boolean take(long streamId, long studentId, long slotId, long pool, int number, Instant now,
                         Map<String, Object> details) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    if (tickets.giveChosen(streamId, studentId, slotId, pool, number, now) != 1) {
                        return false;
                    }
                    audit.record(studentId, EVENT, "stream:" + streamId, details);
                    return true;
                });
            } catch (RuntimeException e) {
                if (SqlFailure.duplicateKey(e)) {
                    throw UserError.conflict("online-attestation.distribution.error.taken");
                }
                if (attempt >= ATTEMPTS || !SqlFailure.transientLock(e)) {
                    throw e;
                }
            }
        }
    }

    private long pool(Sitting sitting) {
        return strategies.settings().wholeStream() ? 0 : sitting.slotId();
    }
}
