package kz.sabaq.attestation.distribution;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.ExamSlot;

/**
 * How tickets reach students: by the institution's chosen strategy, never one ticket twice in its
 * pool (the whole stream, or the slot), whatever runs at the same instant.
 */
public interface TicketDistribution {

    /** A tile of the "Choose a ticket" block: no number, only whether it is still free. */
    record Tile(int position, boolean free) {
    }

    /** Every installed strategy, for the settings page. */
    List<TicketDistributionStrategy> strategies();

    /** The strategy the settings name; a missing plugin is an error the settings page shows. */
    TicketDistributionStrategy chosen();

    /**
     * "Generate ticket numbers" for the given students of the slot who have no ticket yet, by the
     * chosen strategy (or at random among free tickets for students who could not choose). The
     * seed and the result go to the audit log.
     *
     * @return student id → ticket number given now
     */
    Map<Long, Integer> generate(Viewer by, ExamSlot slot, List<Long> studentIds);

    /** The tiles the student sees, in an order random per student but stable across reloads. */
    List<Tile> tiles(long streamId, long studentId);

    /** The student takes the ticket behind a free tile; refused when it was taken meanwhile. */
    int choose(Viewer student, long streamId, int position);
}
