package kz.sabaq.bench.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.attendance.QrCheckInScenario;
import kz.sabaq.bench.attestation.AnswerFileScenario;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.Outcome;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.core.boot.Databases;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.db.Database;

/**
 * One storm: the server started as a child process; check-ins and answers with a file offered at
 * once in two open loops; {@code kills} times, after {@code interval} of load, the server killed
 * with SIGKILL and started again while the load goes on; after the last restart another interval
 * of load; then the server stopped, and what it acknowledged looked for ({@link Inspection}).
 */
public final class CrashStorm {
    /** A restart after a crash may take this long on a busy machine before the storm gives up. */
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    /** The loops are stopped by the storm; this only bounds them. */
    private static final Duration LONGEST = Duration.ofHours(2);
    /** What a restart is reckoned to take when the storm sizes its timetable ({@link #enoughFor}). */
    private static final Duration RESTART_RECKONED = Duration.ofSeconds(30);

    /** One SIGKILL: when it came (from the start of the load), the process, and how long the server was away. */
    public record Crash(Duration at, long pid, int exitStatus, Duration down) {
    }

    /** @param acknowledgedAfterLastRestart proof that the restarted server served again */
    public record Result(String target, String load, List<Crash> crashes, Report checkIns, Report answers,
                         long acknowledgedAfterLastRestart, Inspection.Findings findings) {

        /** Nothing acknowledged was lost, nothing is half-written, and the restarted server served. */
        public boolean passed() {
            return findings.lost() == 0 && findings.halfWritten() == 0 && acknowledgedAfterLastRestart > 0;
        }
    }

    private final StormOptions options;
    private final StormDatabase database;
    private final Path repoRoot;
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();
    private final Receipts receipts = new Receipts();
    private final LoadDriver checkInLoad;
    private final LoadDriver answerLoad;
    private long acknowledgedAtLastRestart;

    /** @param repoRoot the working directory of the server: plugins, themes and profiles are found under it */
    public CrashStorm(StormOptions options, StormDatabase database, Path repoRoot, PrintStream out) {
        this.options = options;
        this.database = database;
        this.repoRoot = repoRoot;
        this.out = out;
        this.checkInLoad = new LoadDriver(TimeSource.SYSTEM, options.timeout());
        this.answerLoad = new LoadDriver(TimeSource.SYSTEM, options.timeout());
    }

    public Result run() throws Exception {
        int port = freeLoopbackPort();
        URI base = URI.create("http://127.0.0.1:" + port);
        SabaqConfig config = ServerConfigFile.write(options.dataDir(), options.config(), repoRoot, port, database);
        ExecutorService loops = Executors.newFixedThreadPool(2);
        try (ServerProcess server = new ServerProcess(repoRoot, ServerConfigFile.file(options.dataDir()), options.dataDir(),
                START_LIMIT)) {
            out.println("Starting Sabaq as a child process at " + base + " (" + database.description() + ")…");
            server.start();
            Crowd crowd;
            try (Reach reach = new Reach(config)) {
                String target = "Sabaq as a child process at " + base + ", " + database.description() + ": "
                        + Target.describe(reach.database);
                crowd = prepare(new Target(base, reach.database, options.timeout(), target, () -> { }), loops);
            }
            out.println("Storm: " + load() + "…");
            Future<Outcome> checkIns = loops.submit(() -> checkInLoad.run(crowd.listeners, new Load.OpenLoop(options.checkInRate(), LONGEST)));
            Future<Outcome> answers = loops.submit(() -> answerLoad.run(crowd.students, new Load.OpenLoop(options.answerRate(), LONGEST)));
            List<Crash> crashes = crashes(server);
            checkInLoad.stop();
            answerLoad.stop();
            Report checkInReport = report("qr-checkin", crowd.target, options.checkInRate(), checkIns);
            Report answerReport = report("answer-file", crowd.target, options.answerRate(), answers);
            long afterLastRestart = receipts.count() - acknowledgedAtLastRestart;
            out.println("Stopping the server and looking for what it acknowledged…");
            server.close();
            try (Reach reach = new Reach(config)) {
                Inspection.Findings findings = Inspection.inspect(reach.database,
                        ServerConfigFile.uploads(options.dataDir()).resolve("online-attestation"), receipts);
                return new Result(crowd.target, load(), crashes, checkInReport, answerReport, afterLastRestart, findings);
            }
        } finally {
            checkInLoad.stop();
            answerLoad.stop();
            loops.shutdown();
        }
    }

    /** The storm's virtual users, ready: listeners checking in and students answering. */
    private record Crowd(String target, List<VirtualUser> listeners, List<VirtualUser> students) {
    }

    private Crowd prepare(Target target, ExecutorService workers) throws Exception {
        out.println("Preparing " + options.clients() + " listeners and " + options.clients() + " students…");
        List<String> iins = BenchStudents.create(target.database(), 2 * options.clients(), clock);
        // Both scenarios' rows and logins are prepared at once: mostly round trips to MariaDB.
        Future<List<VirtualUser>> listeners = workers.submit(() -> new QrCheckInScenario(clock, enoughFor(options.checkInRate()))
                .listeners(target, iins.subList(0, options.clients()), receipts::checkedIn));
        Future<List<VirtualUser>> students = workers.submit(() -> AnswerFileScenario.sized(clock, enoughFor(options.answerRate()), AnswerFileScenario.FILE_BYTES)
                .students(target, iins.subList(options.clients(), iins.size()), receipts::answered));
        return new Crowd(target.description(), listeners.get(), students.get());
    }

    /**
     * The server's database as the bench reaches it, with the server's own settings: joined while
     * the server runs; once it has stopped, an embedded one is started for the bench.
     */
    private static final class Reach implements AutoCloseable {
        private final List<AutoCloseable> closeables = new ArrayList<>();
        private final Database database;

        Reach(SabaqConfig config) {
            database = Databases.open(config, closeables);
        }

        @Override
        public void close() throws Exception {
            for (int i = closeables.size() - 1; i >= 0; i--) {
                closeables.get(i).close();
            }
        }
    }

    /** Under load: {@code interval}, then SIGKILL and a restart, {@code kills} times; then one more interval. */
    private List<Crash> crashes(ServerProcess server) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Crash> crashes = new ArrayList<>();
        long next = start + options.interval().toNanos();
        for (int k = 0; k < options.kills(); k++) {
            TimeSource.SYSTEM.waitUntil(next);
            long pid = server.pid();
            long killedAt = System.nanoTime();
            int exit = server.kill();
            server.start();
            long ready = System.nanoTime();
            Crash crash = new Crash(Duration.ofNanos(killedAt - start), pid, exit, Duration.ofNanos(ready - killedAt));
            out.printf(Locale.ROOT, "  %6.1f s  SIGKILL to pid %d (exit status %d); serving again after %.1f s%n",
                    seconds(crash.at()), pid, exit, seconds(crash.down()));
            crashes.add(crash);
            acknowledgedAtLastRestart = receipts.count();
            next = ready + options.interval().toNanos();
        }
        TimeSource.SYSTEM.waitUntil(next);
        return crashes;
    }

    /**
     * Class meetings or final controls per group of the storm: what one client may be asked for in
     * the storm's reckoned length, twice over (the open loop gives operations to whichever client
     * is free, not in turn). Preparing only these, rather than a benchmark's thousands, keeps a
     * short storm short.
     */
    private int enoughFor(double rate) {
        double length = seconds(options.interval()) * (options.kills() + 1) + seconds(RESTART_RECKONED) * options.kills();
        return (int) Math.ceil(2 * rate * length / options.clients());
    }

    private Report report(String scenario, String target, double rate, Future<Outcome> outcome)
            throws InterruptedException, ExecutionException {
        return Report.of(scenario, target, String.format(Locale.ROOT, "open loop, %.0f/s offered, at most %d in flight",
                rate, options.clients()), outcome.get());
    }

    String load() {
        return String.format(Locale.ROOT, "check-ins at %.0f/s and answers with a file at %.0f/s, %d clients each; "
                        + "%d × (%.1f s of load, SIGKILL, restart under load), then %.1f s more",
                options.checkInRate(), options.answerRate(), options.clients(), options.kills(),
                seconds(options.interval()), seconds(options.interval()));
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** The server must come back on the same address after each crash, so the storm chooses it. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
