package kz.sabaq.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A warm-up runs its load for its time, or in stretches until the JIT compiler was quiet in one. */
class WarmupTest {
    private static final Warmup.UntilCompiled UNTIL_COMPILED =
            new Warmup.UntilCompiled(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(5), 0.10);

    /** A load whose stretches take their length of scripted time, with the compiler busy so long in each. */
    private static final class Load implements Warmup.Stretch {
        final ScriptedTime time = new ScriptedTime(0);
        final List<Duration> stretches = new ArrayList<>();
        final long[] busyPerStretch;
        long busy;

        Load(long... busyPerStretch) {
            this.busyPerStretch = busyPerStretch;
        }

        @Override
        public void run(Duration length) {
            busy += busyPerStretch[Math.min(stretches.size(), busyPerStretch.length - 1)];
            stretches.add(length);
            time.spend(length);
        }
    }

    @Test
    void aFixedWarmUpRunsOnceForItsTimeAndNoneRunsNothing() throws Exception {
        Load load = new Load(5_000);

        Warmup.Warmed warmed = new Warmup.For(Duration.ofSeconds(10)).run(load, () -> load.busy, load.time);
        Warmup.Warmed none = Warmup.NONE.run(load, () -> load.busy, load.time);

        assertEquals(List.of(Duration.ofSeconds(10)), load.stretches);
        assertEquals("after a 10.0 s warm-up", warmed.described());
        assertEquals("", none.described());
    }

    @Test
    void untilCompiledStopsAfterTheFirstQuietStretch() throws Exception {
        // busy 5 s in 5 s (C2 at work), then 3 s, then 0.4 s: quiet below 10 % of 5 s
        Load load = new Load(5_000, 3_000, 400, 0);

        Warmup.Warmed warmed = UNTIL_COMPILED.run(load, () -> load.busy, load.time);

        assertEquals(3, load.stretches.size());
        assertEquals(Duration.ofSeconds(15), warmed.took());
        assertTrue(warmed.described().contains("until the JIT compiler was quiet (15.0 s; busy 8 %"), warmed.described());
    }

    @Test
    void untilCompiledRunsAtLeastItsLeastEvenWhenQuietAtOnce() throws Exception {
        Load load = new Load(0);

        Warmup.Warmed warmed = UNTIL_COMPILED.run(load, () -> load.busy, load.time);

        assertEquals(Duration.ofSeconds(10), warmed.took());
    }

    @Test
    void untilCompiledGivesUpAtItsMostAndSaysTheCompilerWasStillBusy() throws Exception {
        Load load = new Load(2_500);

        Warmup.Warmed warmed = UNTIL_COMPILED.run(load, () -> load.busy, load.time);

        assertEquals(12, load.stretches.size());
        assertEquals(Duration.ofSeconds(60), warmed.took());
        assertTrue(warmed.described().contains("the JIT compiler still busy 50 %"), warmed.described());
    }

    @Test
    void settlingWaitsSecondBySecondUntilTheCompilerIsQuietAndAFixedWarmUpDoesNot() throws Exception {
        ScriptedTime time = new ScriptedTime(0);
        long[] busy = {0};
        long[] perSecond = {900, 500, 50};
        int[] seconds = {0};
        JitCompiler compiler = () -> busy[0];
        TimeSource ticking = new TimeSource() {
            @Override
            public long nanoTime() {
                return time.nanoTime();
            }

            @Override
            public void waitUntil(long deadline) {
                busy[0] += perSecond[Math.min(seconds[0]++, perSecond.length - 1)];
                time.waitUntil(deadline);
            }
        };

        assertEquals(Duration.ofSeconds(3), UNTIL_COMPILED.settle(compiler, ticking, Duration.ofSeconds(30)));
        assertEquals(Duration.ZERO, new Warmup.For(Duration.ofSeconds(10)).settle(compiler, ticking, Duration.ofSeconds(30)));
        busy[0] = 0;
        seconds[0] = 0;
        perSecond[2] = 900;
        assertEquals(Duration.ofSeconds(5), UNTIL_COMPILED.settle(compiler, ticking, Duration.ofSeconds(5)), "never quiet: at most");
    }

    @Test
    void aCompilerInAnotherProcessCannotBeWaitedFor() {
        Load load = new Load(0);

        assertThrows(IllegalStateException.class, () -> UNTIL_COMPILED.run(load, JitCompiler.UNREAD, load.time));
    }

    @Test
    void aReportSaysHowLongTheCompilerWasBusyAndNothingOfOneItCannotRead() {
        long[] busy = {100};
        JitCompiler compiler = () -> busy[0];
        JitCompiler.Counting counting = compiler.countFromNow();
        busy[0] += 15;

        assertEquals("; JIT compiler busy 15 ms while measuring", counting.described("while measuring"));
        assertEquals("", JitCompiler.UNREAD.countFromNow().described("while measuring"));
    }

    @Test
    void thisJvmReportsItsCompiler() {
        assertTrue(JitCompiler.thisJvm().busyMillis() >= 0);
    }
}
