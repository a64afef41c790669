package kz.sabaq.bench.attendance;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One group's listeners going through its class meetings as a hall does: each class is scanned by
 * the whole group within the same seconds. A listener takes its next meeting, but never falls more
 * than {@code lag} meetings behind the furthest one anybody of the group has reached (it skips
 * ahead, as a listener who missed a class would), so the group stays together however the
 * listeners' speeds differ, and only the listener at the front opens a meeting nobody scanned yet.
 */
final class Hall {
    private final int lag;
    private final AtomicInteger front = new AtomicInteger(-1);

    Hall(int lag) {
        this.lag = lag;
    }

    /** The meeting after {@code previous} (-1 before the first) for one listener; grows without end. */
    int next(int previous) {
        int next = Math.max(previous + 1, front.get() - lag);
        front.accumulateAndGet(next, Math::max);
        return next;
    }
}
