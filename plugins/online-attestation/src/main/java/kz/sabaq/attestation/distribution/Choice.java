package kz.sabaq.attestation.distribution;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.distribution.TicketDistribution.Tile;

/**
 * "Choose a ticket": tiles without numbers, free or taken, and taking one. The take is one
 * conditional update (placed, no ticket yet) guarded by the unique key (stream, pool, number), so
 * two students pressing the same tile at the same instant get one ticket and one "taken"; takes
 * pressed together are committed together ({@link TakeCommits}).
 */
final class Choice {
    static final String EVENT = "online-attestation.tickets.chosen";
    static final String TAKEN = "online-attestation.distribution.error.taken";

    private final PressReads reads;
    private final Strategies strategies;
    private final TileSecrets secrets;
    private final TakeCommits commits;
    private final Clock clock;

    Choice(PressReads reads, Strategies strategies, TileSecrets secrets, TakeCommits commits, Clock clock) {
        this.reads = reads;
        this.strategies = strategies;
        this.secrets = secrets;
        this.commits = commits;
        this.clock = clock;
    }

    /** One tile per ticket of the stream, in the student's own order; none without a sitting. */
    List<Tile> tiles(long streamId, long studentId) {
        ChoiceFacts facts = reads.facts(streamId, studentId);
        if (facts == null || !facts.byTicket() || facts.ticketCount() <= 0) {
            return List.of();
        }
        return tiles(new Chooser(streamId, studentId, facts));
    }

    List<Tile> tiles(Chooser chooser) {
        int[] order = chooser.order(secrets);
        Set<Integer> taken = reads.held(chooser.streamId(), pool(chooser.facts()));
        List<Tile> tiles = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            tiles.add(new Tile(i + 1, !taken.contains(order[i])));
        }
        return tiles;
    }

    /** The student's own sitting in a stream where they may choose, read once; a translated error saying why not. */
    record Chooser(long streamId, long studentId, ChoiceFacts facts) {

        int[] order(TileSecrets secrets) {
            return TileOrder.of(secrets.of(streamId), streamId, studentId, facts.ticketCount());
        }
    }

    /** The facts of the student's sitting, read together with the other presses of the instant; null without one. */
    ChoiceFacts facts(long streamId, long studentId) {
        return reads.facts(streamId, studentId);
    }

    Chooser mayChoose(long streamId, long studentId) {
        return mayChoose(streamId, studentId, facts(streamId, studentId));
    }

    Chooser mayChoose(long streamId, long studentId, ChoiceFacts facts) {
        if (facts == null) {
            throw UserError.notFound();
        }
        if (!facts.byTicket() || facts.ticketCount() <= 0) {
            throw UserError.conflict("online-attestation.distribution.error.notByTicket");
        }
        if (!strategies.chosen().studentsChoose()) {
            throw UserError.conflict("online-attestation.distribution.error.choiceNotOffered");
        }
        if (facts.placedAt() == null) {
            throw UserError.conflict("online-attestation.distribution.error.notPlaced");
        }
        return new Chooser(streamId, studentId, facts);
    }

    int choose(Viewer student, long streamId, int position) {
        return choose(mayChoose(streamId, student.userId()), position);
    }

    /** Takes the ticket behind the tile for a chooser that {@link #mayChoose} let through. */
    int choose(Chooser chooser, int position) {
        ChoiceFacts facts = chooser.facts();
        if (facts.hasTicket()) {
            throw UserError.conflict("online-attestation.distribution.error.alreadyHasTicket");
        }
        Instant now = clock.instant();
        if (!facts.started(now)) {
            throw UserError.conflict("online-attestation.distribution.error.notStarted");
        }
        if (facts.ended(now)) {
            throw UserError.conflict("online-attestation.distribution.error.ended");
        }
        if (position < 1 || position > facts.ticketCount()) {
            throw UserError.badRequest("online-attestation.distribution.error.noSuchTile");
        }
        int number = chooser.order(secrets)[position - 1];
        long streamId = chooser.streamId();
        long studentId = chooser.studentId();
        long pool = pool(facts);
        Map<String, Object> details = Map.of("student", studentId, "slot", facts.slotId(), "pool", pool,
                "position", position, "ticket", number);
        TakeCommits.Outcome outcome = commits.commit(
                new TakeCommits.Take(streamId, studentId, facts.slotId(), pool, number, now, details));
        if (outcome == TakeCommits.Outcome.HELD_BY_ANOTHER) {
            throw UserError.conflict(TAKEN);
        }
        if (outcome == TakeCommits.Outcome.UNCHANGED) {
            ChoiceFacts after = reads.facts(streamId, studentId);
            throw UserError.conflict(after != null && after.hasTicket()
                    ? "online-attestation.distribution.error.alreadyHasTicket"
                    : "online-attestation.distribution.error.notPlaced");
        }
        return number;
    }

    private long pool(ChoiceFacts facts) {
        return strategies.settings().wholeStream() ? 0 : facts.slotId();
    }
}
