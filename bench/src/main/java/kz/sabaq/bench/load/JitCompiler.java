package kz.sabaq.bench.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** How long the JIT compiler has been busy compiling, all its threads together, in milliseconds. */
public interface JitCompiler {

    long busyMillis();

    /** From now on: what a report says of the compiler's work afterwards. */
    default Counting countFromNow() {
        long from = busyMillis();
        return during -> "; JIT compiler busy " + (busyMillis() - from) + " ms " + during;
    }

    /** The compiler's work since {@link #countFromNow}, for the end of a report's {@code Load} line. */
    interface Counting {
        /** {@code "; JIT compiler busy 15 ms while measuring"} for {@code during} "while measuring". */
        String described(String during);
    }

    /** This JVM's compiler for the in-process server, else {@link #UNREAD}. */
    static JitCompiler of(boolean inProcess) {
        return inProcess ? thisJvm() : UNREAD;
    }

    /**
     * This JVM's compilers, as {@link CompilationMXBean#getTotalCompilationTime()} counts them: the
     * server's when it runs in-process (with the load generator's code beside it).
     */
    static JitCompiler thisJvm() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        if (bean == null || !bean.isCompilationTimeMonitoringSupported()) {
            throw new IllegalStateException("This JVM does not report its JIT compiler's time");
        }
        return bean::getTotalCompilationTime;
    }

    /** For a server in another process: its compiler cannot be read from here, and a report says nothing of it. */
    JitCompiler UNREAD = new JitCompiler() {
        @Override
        public long busyMillis() {
            throw new IllegalStateException("The JIT compiler of a server in another process cannot be read; "
                    + "warm it up for a fixed time (--warmup 2m)");
        }

        @Override
        public Counting countFromNow() {
            return during -> "";
        }
    };
}
