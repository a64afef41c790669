package kz.sabaq.attestation.distribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the presses of a hall read, read together ({@link Batches}): the facts of each pressing
 * student's sitting, and the tickets held in a pool for the tiles of a "taken" answer. When a slot
 * opens, its whole stream presses within a second, and a query per press (a connection, a
 * statement, a result mapped) cost more than the press's own work. Every answer is read after it
 * was asked for, so none is older than a read of the asker's own would be: nothing is kept.
 */
final class PressReads {
    /** Keys in one read at most: a hall of 500 pressing at once is read in a handful. */
    static final int MOST = 64;

    /** The tickets of one pool: the whole stream's (pool 0) or a slot's. */
    private record Pool(long streamId, long pool) {
    }

    private final DistributionMapper tickets;
    private final Batches<SittingKey, ChoiceFacts> facts = new Batches<>(MOST, this::readFacts);
    private final Batches<Pool, Set<Integer>> held = new Batches<>(MOST, this::readHeld);

    PressReads(DistributionMapper tickets) {
        this.tickets = tickets;
    }

    /** The facts of the student's sitting; null without one. */
    ChoiceFacts facts(long streamId, long studentId) {
        return facts.ask(new SittingKey(streamId, studentId));
    }

    /** The ticket numbers held in the pool now. */
    Set<Integer> held(long streamId, long pool) {
        return held.ask(new Pool(streamId, pool));
    }

    /** One query for every sitting asked for, each once. */
    private void readFacts(List<Batches.Item<SittingKey, ChoiceFacts>> batch) {
        Set<SittingKey> asked = new LinkedHashSet<>();
        batch.forEach(item -> asked.add(item.input()));
        Map<SittingKey, ChoiceFacts> read = new HashMap<>();
        tickets.factsOf(JsonRows.of(asked, k -> List.of(k.streamId(), k.studentId())))
                .forEach(f -> read.put(f.sitting(), f.facts()));
        batch.forEach(item -> item.finish(read.get(item.input())));
    }

    /** One query for every pool asked for, each once: a hall's "taken" answers are of one pool, a morning's of a few. */
    private void readHeld(List<Batches.Item<Pool, Set<Integer>>> batch) {
        Map<Pool, Set<Integer>> read = new HashMap<>();
        batch.forEach(item -> read.put(item.input(), new HashSet<>()));
        tickets.heldInPools(JsonRows.of(read.keySet(), p -> List.of(p.streamId(), p.pool())))
                .forEach(h -> read.get(new Pool(h.streamId(), h.pool())).add(h.number()));
        read.replaceAll((pool, held) -> Set.copyOf(held)); // once per pool, however many ask for it
        batch.forEach(item -> item.finish(read.get(item.input())));
    }
}
