package kz.sabaq.bench.load;

import java.time.Duration;
import java.util.Locale;

/**
 * What runs before the measured phase and is not counted: the same load for a fixed time, or until
 * the JIT compiler is quiet. A server on exam day has run for hours with its hot code compiled by
 * C2. On a two-core machine, C2 compiling the web stack under load takes a whole core for about two
 * minutes, so a phase measured before it is done measures the compiler as much as the server.
 */
public sealed interface Warmup permits Warmup.For, Warmup.UntilCompiled {

    /** No warm-up. */
    Warmup NONE = new For(Duration.ZERO);

    /** One stretch of the warm-up load, {@code length} long. */
    interface Stretch {
        void run(Duration length) throws InterruptedException;
    }

    /** How long a warm-up ran, and how the report says it ({@code "after a 10.0 s warm-up"}; empty for none). */
    record Warmed(Duration took, String described) {

        /** {@link #described} as a report's {@code Load} line continues with it: after a space, or nothing. */
        public String continuing() {
            return described.isEmpty() ? "" : " " + described;
        }
    }

    /** The longest it may run: what a scenario that uses data up sizes its data for. */
    Duration longest();

    /** What the warm-up does, for the line that starts it: {@code "Warming up for 10.0 s"}. */
    String announce();

    Warmed run(Stretch stretch, JitCompiler compiler, TimeSource time) throws InterruptedException;

    /**
     * After a phase that is not the measured load (students logging in), waits without load until
     * the compiler is quiet again, at most {@code most}: in a hall students log in minutes before the
     * start, not in the second before it.
     *
     * @return how long it waited
     */
    Duration settle(JitCompiler compiler, TimeSource time, Duration most) throws InterruptedException;

    default boolean none() {
        return longest().isZero();
    }

    /** The same load for {@code length}. */
    record For(Duration length) implements Warmup {
        @Override
        public Duration longest() {
            return length;
        }

        @Override
        public String announce() {
            return "Warming up for " + seconds(length);
        }

        @Override
        public Warmed run(Stretch stretch, JitCompiler compiler, TimeSource time) throws InterruptedException {
            if (length.isZero()) {
                return new Warmed(Duration.ZERO, "");
            }
            stretch.run(length);
            return new Warmed(length, "after a " + seconds(length) + " warm-up");
        }

        /** Nothing: a fixed warm-up does not wait for the compiler. */
        @Override
        public Duration settle(JitCompiler compiler, TimeSource time, Duration most) {
            return Duration.ZERO;
        }
    }

    /**
     * The same load in stretches of {@code stretchLength} until one in which the JIT compiler was
     * busy less than {@code quietShare} of the time, but at least {@code least} and at most
     * {@code most} in all. Only a compiler this JVM can read (an in-process server) can be waited for.
     */
    record UntilCompiled(Duration least, Duration most, Duration stretchLength, double quietShare) implements Warmup {
        /** What {@code --warmup compiled} means: 5 s stretches, quiet below 10 %, from 10 s to 5 min. */
        public static final UntilCompiled STANDARD =
                new UntilCompiled(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), 0.10);
        private static final Duration SETTLING_STEP = Duration.ofSeconds(1);

        public UntilCompiled {
            if (stretchLength.isZero() || stretchLength.isNegative() || least.compareTo(most) > 0 || !(quietShare > 0)) {
                throw new IllegalArgumentException("A warm-up until compiled needs a positive stretch and least ≤ most");
            }
        }

        @Override
        public Duration longest() {
            return most;
        }

        @Override
        public String announce() {
            return "Warming up until the JIT compiler is quiet (at least " + seconds(least) + ", at most " + seconds(most) + ")";
        }

        @Override
        public Warmed run(Stretch load, JitCompiler compiler, TimeSource time) throws InterruptedException {
            long start = time.nanoTime();
            while (true) {
                double share = busyWhile(load, stretchLength, compiler, time);
                Duration took = Duration.ofNanos(time.nanoTime() - start);
                String busy = String.format(Locale.ROOT, "%.0f %% of its last %s", 100 * share, seconds(stretchLength));
                if (took.compareTo(least) >= 0 && share < quietShare) {
                    return new Warmed(took, "after a warm-up until the JIT compiler was quiet (" + seconds(took)
                            + "; busy " + busy + ")");
                }
                if (took.compareTo(most) >= 0) {
                    return new Warmed(took, "after a " + seconds(took) + " warm-up, the JIT compiler still busy " + busy);
                }
            }
        }

        /** Second by second without load, until one in which the compiler was busy under {@code quietShare} of it. */
        @Override
        public Duration settle(JitCompiler compiler, TimeSource time, Duration atMost) throws InterruptedException {
            long start = time.nanoTime();
            Stretch idle = length -> time.waitUntil(time.nanoTime() + length.toNanos());
            while (true) {
                double share = busyWhile(idle, SETTLING_STEP, compiler, time);
                Duration waited = Duration.ofNanos(time.nanoTime() - start);
                if (share < quietShare || waited.compareTo(atMost) >= 0) {
                    return waited;
                }
            }
        }

        /** The share of the wall time {@code stretch} took for {@code length} in which the compiler was busy. */
        private static double busyWhile(Stretch stretch, Duration length, JitCompiler compiler, TimeSource time)
                throws InterruptedException {
            long busyBefore = compiler.busyMillis();
            long from = time.nanoTime();
            stretch.run(length);
            return (compiler.busyMillis() - busyBefore) / Math.max(1, (time.nanoTime() - from) / 1_000_000.0);
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
