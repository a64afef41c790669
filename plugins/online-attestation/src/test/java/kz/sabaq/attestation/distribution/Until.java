package kz.sabaq.attestation.distribution;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Waiting in a concurrency test for a condition (a press queued, a commit begun), never for a time. */
final class Until {

    private Until() {
    }

    /** Returns once the condition holds; fails naming it if it never does within 30 seconds. */
    static void holds(Supplier<Boolean> condition, String what) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("never: " + what);
            }
            Thread.onSpinWait();
        }
    }
}
