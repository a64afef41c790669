package kz.sabaq.attendance.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the open session pages of this node that a session's marks changed, at once. A change
 * made on another node reaches them through the database fingerprint their stream checks between
 * waits ({@link MarkEvents}). Only watched sessions are tracked: a session nobody watches costs nothing.
 */
public final class LiveMarks {
    private final Map<Long, Watch> watched = new ConcurrentHashMap<>();

    /** A session being watched: a version that grows with each change, and a monitor to wait on. */
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

        /** Waits until the version differs from {@code seen} or the time is up; returns the version. */
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

    public void changed(long sessionId) {
        Watch w = watched.get(sessionId);
        if (w != null) {
            w.bump();
        }
    }

    Watch watch(long sessionId) {
        return watched.compute(sessionId, (id, w) -> {
            Watch watch = w == null ? new Watch() : w;
            synchronized (watch) {
                watch.watchers++;
            }
            return watch;
        });
    }

    void unwatch(long sessionId) {
        watched.computeIfPresent(sessionId, (id, w) -> {
            synchronized (w) {
                w.watchers--;
                return w.watchers == 0 ? null : w;
            }
        });
    }
}
