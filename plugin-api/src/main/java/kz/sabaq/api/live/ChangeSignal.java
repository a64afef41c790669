package kz.sabaq.api.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes this node's open live streams (Server-Sent Events) of one object, e.g. a class session or
 * an exam slot, at once when something in it changes. Changes made on another node reach those
 * streams through the database, which each stream reads between waits; this only makes the common
 * case instant. Only watched objects are tracked: an object nobody watches costs nothing.
 *
 * <pre>{@code
 * ChangeSignal.Watch watch = signal.watch(slotId);
 * try {
 *     long seen = watch.version();
 *     while (open) { seen = watch.await(seen, 3_000); sendWhatChanged(); }
 * } finally {
 *     signal.unwatch(slotId);
 * }
 * // elsewhere, after a commit:  signal.changed(slotId);
 * }</pre>
 */
public final class ChangeSignal {
    private final Map<Long, Watch> watched = new ConcurrentHashMap<>();

    /** An object being watched: a version that grows with each change, and a monitor to wait on. */
    public static final class Watch {
        private long version;
        private int watchers;

        public synchronized long version() {
            return version;
        }

        synchronized void bump() {
            version++;
            notifyAll();
        }

        /** Waits until the version differs from {@code seen} or the time is up; returns the version. */
        public synchronized long await(long seen, long millis) throws InterruptedException {
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

    /** Something of the object changed: its watchers on this node wake up. */
    public void changed(long objectId) {
        Watch w = watched.get(objectId);
        if (w != null) {
            w.bump();
        }
    }

    /** Starts watching the object; pair with {@link #unwatch} in a {@code finally}. */
    public Watch watch(long objectId) {
        return watched.compute(objectId, (id, w) -> {
            Watch watch = w == null ? new Watch() : w;
            synchronized (watch) {
                watch.watchers++;
            }
            return watch;
        });
    }

    public void unwatch(long objectId) {
        watched.computeIfPresent(objectId, (id, w) -> {
            synchronized (w) {
                w.watchers--;
                return w.watchers == 0 ? null : w;
            }
        });
    }
}
