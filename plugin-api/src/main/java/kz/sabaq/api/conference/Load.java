package kz.sabaq.api.conference;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's expected connections on a platform (its participants and hosts), for the capacity warning.
 *
 * @param module with {@code object}, names the meeting as {@link Meeting} does
 */
public record Load(String module, String object, Instant start, Instant end, int connections) {

    /** A module's meetings on a platform that overlap {@code [from, to)}. */
    public interface Source {
        List<Load> on(String platform, Instant from, Instant to);
    }

    /**
     * More connections than the platform takes at one moment.
     *
     * @param peak     the most connections expected at the same time, the meeting being scheduled included
     * @param capacity what the platform's settings say it takes
     */
    public record Overload(int peak, int capacity) {
    }
}
