package kz.sabaq.bench;

import java.io.PrintStream;
import java.util.List;
import kz.sabaq.bench.attestation.ExamStart;
import kz.sabaq.bench.attestation.ExamStartCommand;
import kz.sabaq.bench.crash.CrashStormCommand;
import kz.sabaq.bench.load.JitCompiler;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.Outcome;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.load.Warmup;
import kz.sabaq.bench.report.Memory;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.InProcessServer;
import kz.sabaq.bench.target.RunningServer;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.config.ConfigException;
import kz.sabaq.core.db.DatabaseUnavailable;

/** {@code ./sabaq bench <scenario> [options]}: prepare, warm up, measure, report. */
public final class Bench {
    private static final long MEMORY_SAMPLE_MILLIS = 250;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(CrashStormCommand.NAME)) {
            return CrashStormCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sabaq bench: " + e.getMessage() + "   (./sabaq bench --help)");
            return 2;
        }
        if (options.help()) {
            out.print(BenchOptions.help(Scenarios.all(options)));
            return 0;
        }
        if (options.scenario().equals(ExamStart.NAME)) {
            // not one repeated operation but two phases (open the pages within a second, then hold them)
            return guarded(ExamStart.NAME, err, () -> {
                try (Target target = open(options, out)) {
                    return ExamStartCommand.run(options, target, out);
                }
            });
        }
        Scenario scenario = Scenarios.named(options.scenario(), options).orElse(null);
        if (scenario == null) {
            err.println("sabaq bench: no scenario " + options.scenario() + "; there are "
                    + Scenarios.all(options).stream().map(Scenario::name).toList());
            return 2;
        }
        return guarded(scenario.name(), err, () -> {
            try (Target target = open(options, out)) {
                return measure(scenario, options, target, out);
            }
        });
    }

    /** Prepare, warm up, measure and report one scenario; the exit status. */
    private static int measure(Scenario scenario, BenchOptions options, Target target, PrintStream out) throws Exception {
        Memory.Settled started = target.inProcess() ? Memory.settle() : null;
        out.println("Preparing " + scenario.name() + " for " + options.clients() + " clients…");
        List<VirtualUser> users = scenario.prepare(target, new Plan(options.clients(), options.load(),
                options.warmup().longest()));
        LoadDriver driver = new LoadDriver(TimeSource.SYSTEM, options.timeout());
        Memory.Watch watch = Memory.watch(MEMORY_SAMPLE_MILLIS);
        JitCompiler compiler = JitCompiler.of(target.inProcess());
        if (!options.warmup().none()) {
            out.println(options.warmup().announce() + "…");
        }
        Warmup.Warmed warmed = options.warmup().run(length -> driver.run(users, options.load().lasting(length)),
                compiler, TimeSource.SYSTEM);
        out.println("Measuring: " + options.load().describe(options.clients()) + "…");
        JitCompiler.Counting compiling = compiler.countFromNow();
        Outcome outcome = driver.run(users, options.load());
        Memory.Peak peak = watch.stop();
        String load = options.load().describe(options.clients())
                + warmed.continuing()
                + compiling.described("while measuring");
        Report report = Report.of(scenario.name(), target.description(), load, outcome);
        if (started != null) {
            report = report.withMemory("after start-up " + started.describe() + "; under load " + peak.describe()
                    + " (the load generator shares this JVM)");
        }
        report = scenario.check(target).map(report::withCheck).orElse(report);
        out.print(report.table());
        if (options.json() != null) {
            report.writeJson(options.json());
            out.println("\nJSON report: " + options.json());
        }
        return report.passed() ? 0 : 1;
    }

    private interface Run {
        int call() throws Exception;
    }

    /** A run's exit status, with its failures told on {@code err}: 2 for what the command line got wrong. */
    private static int guarded(String name, PrintStream err, Run run) {
        try {
            return run.call();
        } catch (IllegalArgumentException | ConfigException | DatabaseUnavailable e) {
            err.println("sabaq bench: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("sabaq bench: interrupted");
            return 1;
        } catch (Exception e) {
            err.println("sabaq bench: " + name + " failed");
            e.printStackTrace(err);
            return 1;
        }
    }

    private static Target open(BenchOptions options, PrintStream out) throws Exception {
        if (options.url() != null) {
            out.println("Connecting to " + options.url() + " and its database (" + options.config() + ")…");
            return RunningServer.connect(options.url(), options.config(), options.timeout());
        }
        out.println("Starting Sabaq in-process with a fresh embedded MariaDB under " + options.dataDir() + "…");
        return InProcessServer.start(options.config(), options.dataDir(), options.timeout());
    }

    private Bench() {
    }
}
