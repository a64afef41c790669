package kz.sabaq.api.conference;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.web.Viewer;

/**
 * A module whose classes or exam slots are held on platforms, asked by core's join route
 * ({@link Conferences#joinPath}) about one of its objects.
 */
public interface ConferenceHost {

    /**
     * The viewer's seat in the object's meeting; empty when the viewer does not take part (not in the
     * class or slot, or the object has no platform), which core answers as not found.
     */
    Optional<Seat> seat(String object, Viewer viewer);

    /**
     * The module's meetings starting in {@code [from, to)}, which core prepares on their platforms
     * shortly before they start; none by default.
     */
    default List<Planned> planned(Instant from, Instant to) {
        return List.of();
    }

    /** A meeting on a platform, as {@link #planned} lists it. */
    record Planned(String platform, Meeting meeting) {
    }

    /**
     * @param platform the platform id saved with the object
     * @param host     the viewer moderates: the stream's teacher or staff with the right
     */
    record Seat(String platform, Meeting meeting, boolean host) {
    }
}
