package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;

/**
 * Runs virtual users against the server, one pool thread per virtual user, and times every
 * operation. Each phase stops by itself: at its deadline or request count, and in an open loop
 * operations still unsent {@code grace} after the last was due are counted as not sent.
 */
public final class LoadDriver {
    /** How {@link Outcome#failures()} names operations an overloaded open loop could not send in time. */
    public static final String NOT_SENT = "not sent: every client busy until the deadline";
    /** How it names the operations of an open loop left when every virtual user had used its data up. */
    public static final String NOT_SENT_USED_UP = "not sent: every client had used its data up";

    private final TimeSource time;
    private final Duration grace;
    private volatile boolean stopped;

    /** @param grace how long a phase may run past its duration to let answers arrive (the request timeout) */
    public LoadDriver(TimeSource time, Duration grace) {
        this.time = time;
        this.grace = grace;
    }

    /**
     * Ends the running phase early, as if its duration were over: no new operation starts, those
     * under way finish, and {@link #run} returns their outcome. A fault test stops its load so.
     */
    public void stop() {
        stopped = true;
    }

    public Outcome run(List<? extends VirtualUser> users, Load load) throws InterruptedException {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("A load needs at least one virtual user");
        }
        if (load instanceof Load.ClosedLoop closed) {
            return closedLoop(users, closed);
        }
        return openLoop(users, (Load.OpenLoop) load);
    }

    private Outcome closedLoop(List<? extends VirtualUser> users, Load.ClosedLoop load) throws InterruptedException {
        Measurement measurement = new Measurement();
        ExecutorService pool = readyPool(users.size());
        long start = time.nanoTime();
        long deadline = start + load.duration().toNanos();
        AtomicLong budget = new AtomicLong(load.requests());
        runWorkers(pool, users, load.duration(), user -> {
            while (!stopped && time.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                if (!perform(user, time.nanoTime(), measurement)) {
                    return;
                }
            }
        });
        return measurement.finish(Duration.ofNanos(time.nanoTime() - start));
    }

    /**
     * Workers claim the schedule's slots in order; a free worker waits for its slot's time, a busy
     * pool makes the slot wait for a worker, and that wait counts in the latency.
     */
    private Outcome openLoop(List<? extends VirtualUser> users, Load.OpenLoop load) throws InterruptedException {
        Measurement measurement = new Measurement();
        ExecutorService pool = readyPool(users.size());
        long start = time.nanoTime();
        OpenLoopSchedule schedule = OpenLoopSchedule.of(start, load.ratePerSecond(), load.duration());
        long giveUp = schedule.lastDue() + grace.toNanos();
        AtomicLong next = new AtomicLong();
        runWorkers(pool, users, load.duration(), user -> {
            for (long slot = next.getAndIncrement(); slot < schedule.count(); slot = next.getAndIncrement()) {
                long intended = schedule.intendedAt(slot);
                time.waitUntil(intended);
                if (stopped) {
                    return;
                }
                if (time.nanoTime() > giveUp) {
                    measurement.failed(NOT_SENT, null);
                } else if (!perform(user, intended, measurement)) {
                    return;
                }
            }
        });
        long unclaimed = schedule.count() - next.get();
        if (!stopped && unclaimed > 0) {
            measurement.failed(NOT_SENT_USED_UP, null, unclaimed);
        }
        return measurement.finish(Duration.ofNanos(time.nanoTime() - start));
    }

    /**
     * Latency runs from {@code from}: the send time in a closed loop, the intended time in an open one.
     *
     * @return false when the user has used its data up: it is retired for the rest of the phase, so a
     *         run longer than its data counts one error per client instead of spinning on them
     */
    private boolean perform(VirtualUser user, long from, Measurement measurement) throws InterruptedException {
        try {
            user.act();
            measurement.succeeded(time.nanoTime() - from);
        } catch (InterruptedException e) {
            throw e;
        } catch (UsedUp e) {
            measurement.failed(UsedUp.KIND, e.getMessage());
            return false;
        } catch (UnexpectedResponse e) {
            measurement.failed(e.kind(), e.getMessage());
        } catch (Exception e) {
            measurement.failed(e.getClass().getSimpleName(), e.getMessage());
        }
        return true;
    }

    private interface Worker {
        void drive(VirtualUser user) throws InterruptedException;
    }

    /**
     * One thread per user, every one started before the phase's clock starts: the students are at
     * their pages when the exam begins, so a burst of 500 measures the server, not the load
     * generator creating 500 threads inside the measured second.
     */
    private static ExecutorService readyPool(int users) {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(users, threads());
        pool.prestartAllCoreThreads();
        return pool;
    }

    private void runWorkers(ExecutorService pool, List<? extends VirtualUser> users, Duration phase, Worker worker)
            throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (VirtualUser user : users) {
            running.add(pool.submit(() -> {
                worker.drive(user);
                return null;
            }));
        }
        pool.shutdown();
        long bound = phase.plus(grace).plusSeconds(10).toMillis();
        if (!pool.awaitTermination(bound, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            throw new IllegalStateException("Virtual users still busy " + bound + " ms after the phase began");
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A virtual user's thread failed", e.getCause());
            }
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "bench-user-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
