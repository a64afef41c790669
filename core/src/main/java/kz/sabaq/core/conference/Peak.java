package kz.sabaq.core.conference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.sabaq.api.conference.Load;

/** The most connections at one moment among meetings that may overlap. */
final class Peak {

    private record Change(Instant at, int by) {
    }

    /** A meeting ending at the instant another starts does not overlap it: ends count first. */
    static int of(List<Load> loads) {
        List<Change> changes = new ArrayList<>();
        for (Load l : loads) {
            changes.add(new Change(l.start(), l.connections()));
            changes.add(new Change(l.end(), -l.connections()));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::by));
        int now = 0;
        int peak = 0;
        for (Change c : changes) {
            now += c.by();
            peak = Math.max(peak, now);
        }
        return peak;
    }

    private Peak() {
    }
}
