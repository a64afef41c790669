package kz.sabaq.bench.report;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The memory of this JVM, which holds the in-process server (and the load generator beside it):
 * the heap still live after a garbage collection, the heap in use, and the process's resident set
 * (RSS, from {@code /proc/self/status}; 0 where there is none).
 */
public final class Memory {
    private static final long MB = 1024 * 1024;

    private Memory() {
    }

    /** Live heap after a full collection, and the process's RSS: a settled reading. */
    public record Settled(long liveHeapBytes, long rssBytes) {

        public String describe() {
            return String.format(Locale.ROOT, "heap %d MB live, RSS %d MB", liveHeapBytes / MB, rssBytes / MB);
        }
    }

    /** Collects garbage first (a full collection under the parallel collector), then reads. */
    public static Settled settle() {
        System.gc();
        return new Settled(heapUsed(), rss());
    }

    /** The most seen while a phase ran, sampled every {@code periodMillis}. */
    public record Peak(long liveHeapBytes, long usedHeapBytes, long rssBytes) {

        public String describe() {
            String live = liveHeapBytes == 0 ? "no garbage collection" : String.format(Locale.ROOT,
                    "heap live after each GC at most %d MB", liveHeapBytes / MB);
            return String.format(Locale.ROOT, "%s (in use at most %d MB), RSS at most %d MB", live, usedHeapBytes / MB, rssBytes / MB);
        }
    }

    /**
     * Watches a phase: the heap in use and the RSS sampled every {@code periodMillis}, and the heap
     * still live after each garbage collection, young ones included (a collection's own report of
     * its pools afterwards, so an old generation that grows shows without waiting for a full one).
     */
    public static final class Watch {
        private final AtomicLong live = new AtomicLong();
        private final AtomicLong used = new AtomicLong();
        private final AtomicLong rss = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> unsubscribe = new ArrayList<>();

        private Watch(long periodMillis) {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    NotificationListener listener = (notification, handback) -> collected(notification);
                    emitter.addNotificationListener(listener, null, null);
                    unsubscribe.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (ListenerNotFoundException e) {
                            // already gone: nothing more will be heard from it
                        }
                    });
                }
            }
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                        Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-memory");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void collected(Notification notification) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            long after = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = pool.getType() == MemoryType.HEAP ? gc.getMemoryUsageAfterGc().get(pool.getName()) : null;
                if (usage != null) {
                    after += usage.getUsed();
                }
            }
            live.accumulateAndGet(after, Math::max);
        }

        private void sample() {
            used.accumulateAndGet(heapUsed(), Math::max);
            rss.accumulateAndGet(rss(), Math::max);
        }

        public Peak stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            unsubscribe.forEach(Runnable::run);
            sample();
            return new Peak(live.get(), used.get(), rss.get());
        }
    }

    public static Watch watch(long periodMillis) {
        return new Watch(periodMillis);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The resident set of this process in bytes; 0 where {@code /proc} is not there. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
