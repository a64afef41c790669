package kz.sabaq.bench.load;

import java.util.concurrent.locks.LockSupport;

/** The driver's notion of time, injected so tests can run a schedule without waiting for it. */
public interface TimeSource {

    /** A monotonic reading in nanoseconds, like {@link System#nanoTime()}. */
    long nanoTime();

    /** Returns once {@link #nanoTime()} has reached {@code deadline}; at once when it already has. */
    void waitUntil(long deadline) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void waitUntil(long deadline) throws InterruptedException {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    };
}
