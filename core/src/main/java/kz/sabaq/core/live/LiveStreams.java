package kz.sabaq.core.live;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every live page shares. A stream holds no thread while it waits: it is looked at
 * when its object changes and on its own schedule, so an open page costs a connection, not a thread.
 */
public final class LiveStreams implements AutoCloseable {
    private static final int THREADS = 4;

    private final ScheduledExecutorService pool;

    public LiveStreams() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newScheduledThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "sabaq-live-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A module's own live pages: its object ids are its own. */
    public LiveChannel channel() {
        return new LiveChannel(pool);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
