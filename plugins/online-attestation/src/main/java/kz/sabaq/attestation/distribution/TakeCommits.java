package kz.sabaq.attestation.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;

/**
 * The takes of tiles pressed at the same instant, committed together: a stream pressing its tiles
 * at once would otherwise make a durable commit per press (start, update, audit entry, commit:
 * four round trips to MariaDB each). A press puts its take in the queue; whoever finds no commit
 * under way commits what is queued, up to {@link #MOST} takes, in one transaction: from
 * {@link #BULK} takes on, whatever streams they are in, one locking read of the students'
 * sittings, one update giving every take that stands its ticket, and a read of which did (a
 * ticket held already is skipped); fewer takes are updated one by one; then one audit statement for
 * all that took a ticket. A take that collides loses alone ("held by another"), so one collision
 * costs the others nothing. Should the transaction itself fail (a deadlock with staff's work, a
 * lost connection), each of its takes is tried again on its own, as before there were groups, and
 * answers for itself.
 *
 * <p>The press that commits a group ({@link Batches}) answers its own student as soon as its own
 * take is done and hands the queue over to the first press still waiting. Presses must not arrive
 * inside a transaction of their own: the group would join it.
 */
final class TakeCommits {
    /** Takes in one transaction at most: a hall of 500 is committed in a handful. */
    static final int MOST = 64;
    /** From this many takes in a group, its three statements beat a statement per take. */
    static final int BULK = 3;
    private static final int ATTEMPTS = 5;

    /** What became of a take. */
    enum Outcome {
        /** The ticket is the student's. */
        TAKEN,
        /** Nothing changed: the student is no longer placed in the slot, or holds a ticket already. */
        UNCHANGED,
        /** Another student holds the ticket in the pool: "taken, choose another". */
        HELD_BY_ANOTHER
    }

    /** One student's take: the ticket behind their tile, with its audit details. */
    record Take(long streamId, long studentId, long slotId, long pool, int number, Instant at,
                Map<String, Object> details) {
    }

    private final DistributionMapper tickets;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Batches<Take, Outcome> groups = new Batches<>(MOST, this::commitGroup);

    TakeCommits(DistributionMapper tickets, Transactions transactions, AuditLog audit) {
        this.tickets = tickets;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Commits the take, with whatever other presses are waiting, and says what became of it. */
    Outcome commit(Take take) {
        return groups.ask(take);
    }

    private void commitGroup(List<Batches.Item<Take, Outcome>> group) {
        try {
            List<Outcome> outcomes = group.size() == 1 ? List.of(alone(group.get(0).input())) : together(group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).finish(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                throw e;
            }
            for (Batches.Item<Take, Outcome> item : group) { // the group's transaction is undone: each take on its own
                try {
                    item.finish(alone(item.input()));
                } catch (RuntimeException own) {
                    item.fail(own);
                }
            }
        }
    }

    /**
     * The group's takes in one transaction: from {@link #BULK} takes on, a locking read of their
     * sittings, one update and a read of what it gave, whatever streams they are in; fewer are
     * updated one by one.
     */
    private List<Outcome> together(List<Batches.Item<Take, Outcome>> group) {
        List<Take> takes = group.stream().map(Batches.Item::input).toList();
        return transactions.inTransaction(() -> {
            Map<Take, Outcome> outcomes = new IdentityHashMap<>();
            if (takes.size() < BULK) {
                takes.forEach(t -> outcomes.put(t, update(t)));
            } else {
                outcomes.putAll(inOneUpdate(takes));
            }
            List<AuditLog.Entry> entries = new ArrayList<>(takes.size());
            takes.stream().filter(t -> outcomes.get(t) == Outcome.TAKEN).forEach(t -> entries.add(entry(t)));
            audit.recordAll(entries);
            return takes.stream().map(outcomes::get).toList();
        });
    }

    /** A ticket, by the unique key that lets one student hold it. */
    private record Ticket(long streamId, long pool, int number) {
        static Ticket of(Take t) {
            return new Ticket(t.streamId(), t.pool(), t.number());
        }
    }

    /**
     * The takes in the order they were pressed: a take stands only where its own one would
     * ({@link DistributionMapper#giveChosen}: placed in its slot, without a ticket); of one
     * student's two takes in a stream only the first, and of two takes of one ticket only the
     * first, stand.
     */
    private Map<Take, Outcome> inOneUpdate(List<Take> takes) {
        Map<SittingKey, DistributionMapper.Seat> seats = new HashMap<>();
        tickets.lockSeats(rows(takes)).forEach(s -> seats.put(SittingKey.of(s), s));
        Map<Take, Outcome> outcomes = new IdentityHashMap<>();
        Set<SittingKey> taking = new HashSet<>();
        Set<Ticket> claimed = new HashSet<>();
        List<Take> standing = new ArrayList<>();
        for (Take t : takes) {
            DistributionMapper.Seat seat = seats.get(SittingKey.of(t));
            if (seat == null || !seat.placed() || seat.slotId() != t.slotId() || seat.ticketNumber() != null
                    || !taking.add(SittingKey.of(t))) {
                outcomes.put(t, Outcome.UNCHANGED);
            } else if (!claimed.add(Ticket.of(t))) {
                taking.remove(SittingKey.of(t));
                outcomes.put(t, Outcome.HELD_BY_ANOTHER);
            } else {
                standing.add(t);
            }
        }
        if (standing.isEmpty()) {
            return outcomes;
        }
        String standingRows = rows(standing);
        tickets.giveAllChosen(standingRows);
        // what the update counts includes rows IGNORE skipped: the seats tell which took their ticket
        Map<SittingKey, Integer> after = new HashMap<>();
        tickets.lockSeats(standingRows).forEach(s -> after.put(SittingKey.of(s), s.ticketNumber()));
        for (Take t : standing) {
            outcomes.put(t, Integer.valueOf(t.number()).equals(after.get(SittingKey.of(t)))
                    ? Outcome.TAKEN : Outcome.HELD_BY_ANOTHER);
        }
        return outcomes;
    }

    /** The takes as the rows of {@link DistributionMapper#TAKES}. */
    private static String rows(List<Take> takes) {
        return JsonRows.of(takes, t -> List.of(t.streamId(), t.studentId(), t.pool(), t.number(), JsonRows.datetime(t.at())));
    }

    /** One take in its own transaction; a deadlock is simply tried again. */
    private Outcome alone(Take take) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Outcome outcome = update(take);
                    if (outcome == Outcome.TAKEN) {
                        audit.recordAll(List.of(entry(take)));
                    }
                    return outcome;
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !SqlFailure.transientLock(e)) {
                    throw e;
                }
            }
        }
    }

    private Outcome update(Take t) {
        try {
            return tickets.giveChosen(t.streamId(), t.studentId(), t.slotId(), t.pool(), t.number(), t.at()) == 1
                    ? Outcome.TAKEN : Outcome.UNCHANGED;
        } catch (RuntimeException e) {
            if (SqlFailure.duplicateKey(e)) {
                return Outcome.HELD_BY_ANOTHER;
            }
            throw e;
        }
    }

    private static AuditLog.Entry entry(Take t) {
        return new AuditLog.Entry(t.studentId(), Choice.EVENT, "stream:" + t.streamId(), t.details());
    }
}
