package kz.sabaq.attestation.distribution;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;

/** {@link TicketDistribution} over the installed strategies, generation and students' own choice. */
public final class Distribution implements TicketDistribution {
    private final Strategies strategies;
    private final Generation generation;
    private final Choice choice;

    Distribution(Strategies strategies, Generation generation, Choice choice) {
        this.strategies = strategies;
        this.generation = generation;
        this.choice = choice;
    }

    @Override
    public List<TicketDistributionStrategy> strategies() {
        return strategies.all();
    }

    @Override
    public TicketDistributionStrategy chosen() {
        return strategies.chosen();
    }

    @Override
    public Map<Long, Integer> generate(Viewer by, ExamSlot slot, List<Long> studentIds) {
        return generation.generate(by, slot, studentIds);
    }

    @Override
    public List<Tile> tiles(long streamId, long studentId) {
        return choice.tiles(streamId, studentId);
    }

    @Override
    public int choose(Viewer student, long streamId, int position) {
        return choice.choose(student, streamId, position);
    }

    Choice choice() {
        return choice;
    }
}
