package kz.sabaq.attestation.exam;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes this node's open live streams of a slot at once when something in it changes. Other nodes'
 * changes reach them through the database, which every stream reads between waits
 * ({@link LiveEvents}); this only makes the common case instant.
 */
public final class LiveSignal {
    private final Map<Long, Watch> watched = new ConcurrentHashMap<>();

    static final class Watch {
        private long version;
        private int watchers;

        synchronized long version() {
            return version;
        }

        synchronized void bump() {
            version++;
            notifyAll();
        }

        synchronized long await(long seen, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + millis * 1_000_000;
            while (version == seen) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
            return version;
        }
    }

    public void changed(long slotId) {
        Watch w = watched.get(slotId);
        if (w != null) {
            w.bump();
        }
    }

    Watch watch(long slotId) {
        return watched.compute(slotId, (id, w) -> {
            Watch watch = w == null ? new Watch() : w;
            synchronized (watch) {
                watch.watchers++;
            }
            return watch;
        });
    }

    void unwatch(long slotId) {
        watched.computeIfPresent(slotId, (id, w) -> {
            synchronized (w) {
                w.watchers--;
                return w.watchers == 0 ? null : w;
            }
        });
    }
}
