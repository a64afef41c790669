package kz.sabaq.bench.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** How long the JIT compiler has been busy compiling, all its threads together, in milliseconds. */
public interface JitCompiler {

    long busyMillis();

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

    /** For a server in another process: its compiler cannot be read from here. */
    JitCompiler UNREAD = () -> {
        throw new IllegalStateException("The JIT compiler of a server in another process cannot be read; "
                + "warm it up for a fixed time (--warmup 2m)");
    };
}
