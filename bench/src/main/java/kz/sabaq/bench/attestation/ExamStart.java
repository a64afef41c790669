package kz.sabaq.bench.attestation;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.load.JitCompiler;
import kz.sabaq.bench.load.Load;
import kz.sabaq.bench.load.LoadDriver;
import kz.sabaq.bench.load.Outcome;
import kz.sabaq.bench.load.TimeSource;
import kz.sabaq.bench.load.Warmup;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.report.Memory;
import kz.sabaq.bench.report.Report;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * {@code ./sabaq bench exam-start}: a slot's students, logged in, all open their exam page within
 * one second (an open loop of N page loads in 1 s), then keep it open: each page's live channel is
 * its presence beat, {@code POST …/presence} every {@code heartbeat} (the waiting page's pace, 3 s),
 * whose answer tells it when the questions are sent. The beats are an open loop too, N per
 * heartbeat, each student's in turn, for the hold. The server's memory is read settled before the
 * students log in and while every page is open; the difference per student is the memory of one
 * open exam page (session, connection, presence), with the load generator's browser beside it when
 * the server runs in this JVM.
 */
public final class ExamStart {
    public static final String NAME = "exam-start";
    private static final String OPENING = "one second";
    /** How long, at most, the students wait logged in for the compiler to be quiet after {@code --warmup compiled}. */
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);
    /** How many of the students sit the earlier exam of the warm-up. */
    static final int WARMUP_STUDENTS = 50;

    /** The figures of a run: page loads, beats, and memory (null readings when the server is not in this JVM). */
    public record Result(Report pages, Report channels, Memory.Settled beforeLogin, Memory.Settled pagesOpen, int students) {

        /** Live heap per open exam page, in bytes. */
        public long heapPerChannel() {
            return (pagesOpen.liveHeapBytes() - beforeLogin.liveHeapBytes()) / students;
        }

        public long rssPerChannel() {
            return (pagesOpen.rssBytes() - beforeLogin.rssBytes()) / students;
        }

        public String memory() {
            if (beforeLogin == null) {
                return "not read: the server runs in another process (read its RSS there, e.g. ps -o rss)";
            }
            // After a warm-up the heap may already have grown, and the JVM may give some back while
            // the pages are open: then the RSS says nothing per page, and saying a negative size would mislead.
            String rss = rssPerChannel() >= 0 ? rssPerChannel() / 1024 + " KB of RSS"
                    : "RSS not separable per page (it fell: memory grown earlier was given back)";
            return "before the students logged in " + beforeLogin.describe() + "; with " + students + " exam pages open "
                    + pagesOpen.describe() + "; per open page " + heapPerChannel() / 1024 + " KB of heap, "
                    + rss + " (with the load generator's browser when in-process)";
        }
    }

    private final Clock clock;
    private final Duration heartbeat;
    private final Duration timeout;
    private final PrintStream out;

    public ExamStart(Clock clock, Duration heartbeat, Duration timeout, PrintStream out) {
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.out = out;
    }

    /** One student's page: their browser, its address and, once opened, its CSRF token. */
    private static final class Page {
        final Browser browser;
        final String path;
        String csrf;

        Page(Browser browser, String path) {
            this.browser = browser;
            this.path = path;
        }
    }

    public Result run(Target target, int students, Duration hold) throws Exception {
        return run(target, students, hold, Warmup.NONE);
    }

    /**
     * @param warmup how long an earlier exam's students open and reload their pages first, not
     *               counted: a server on exam day has served such pages before, so the storm meets
     *               compiled code, as it would in a hall, not a server's first minute
     */
    public Result run(Target target, int students, Duration hold, Warmup warmup) throws Exception {
        List<String> iins = BenchStudents.create(target.database(), students, clock);
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        JitCompiler compiler = JitCompiler.of(target.inProcess());
        Warmup.Warmed warmed = warmup.none() ? new Warmup.Warmed(Duration.ZERO, "") : warmUp(target,
                iins.subList(0, Math.min(WARMUP_STUDENTS, students)), ids.subList(0, Math.min(WARMUP_STUDENTS, students)),
                warmup, compiler);
        Memory.Settled beforeLogin = target.inProcess() ? Memory.settle() : null;
        out.println("Preparing " + students + " students in one exam slot starting now…");
        long stream = ExamHall.create(target.database(), ids, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        Duration settled = warmup.settle(compiler, TimeSource.SYSTEM, SETTLE_AT_MOST);
        if (!settled.isZero()) {
            out.println("Logged in; the JIT compiler was quiet again after " + settled.toMillis() / 1000.0 + " s…");
        }
        Queue<Page> closed = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < students; i++) {
            closed.add(new Page(browsers.get(i), "/online-attestation/streams/" + stream + "/students/" + ids.get(i)));
        }
        Queue<Page> open = new ConcurrentLinkedQueue<>();
        LoadDriver driver = new LoadDriver(TimeSource.SYSTEM, timeout);

        out.println("Opening: " + students + " exam pages within " + OPENING + "…");
        List<VirtualUser> openers = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            openers.add(() -> {
                Page page = closed.remove();
                page.csrf = page.browser.get(page.path).expect(200).hiddenField("_csrf");
                open.add(page);
            });
        }
        Load opening = new Load.OpenLoop(students, Duration.ofSeconds(1));
        JitCompiler.Counting compiling = compiler.countFromNow();
        Outcome opened = driver.run(openers, opening);
        String load = opening.describe(students) + warmed.continuing()
                + compiling.described("while the pages opened");
        Report pages = Report.of(NAME + " (page loads)", target.description(), load, opened);
        if (open.isEmpty()) {
            throw new IllegalStateException("No exam page opened:\n" + pages.table());
        }

        out.println("Holding: every open page beats every " + heartbeat.toMillis() / 1000.0 + " s for "
                + hold.toMillis() / 1000.0 + " s…");
        List<VirtualUser> beaters = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            beaters.add(() -> {
                Page page = open.poll();
                if (page == null) {
                    throw new UnexpectedResponse("every open page was still waiting for its previous beat", "none free");
                }
                try {
                    page.browser.postJson(page.path + "/presence", page.csrf).expect(200);
                } finally {
                    open.add(page);
                }
            });
        }
        Load holding = new Load.OpenLoop(open.size() * 1000.0 / heartbeat.toMillis(), hold);
        Report channels = Report.of(NAME + " (live channel beats)", target.description(),
                holding.describe(open.size()), driver.run(beaters, holding));
        Memory.Settled pagesOpen = target.inProcess() ? Memory.settle() : null;
        return new Result(pages, channels, beforeLogin, pagesOpen, students);
    }

    /** An earlier exam's students open their page and beat, again and again, in a closed loop for as long as the warm-up says. */
    private Warmup.Warmed warmUp(Target target, List<String> iins, List<Long> ids, Warmup warmup, JitCompiler compiler)
            throws Exception {
        out.println(warmup.announce() + ": " + iins.size()
                + " students of an earlier exam open and reload their pages…");
        long stream = ExamHall.create(target.database(), ids, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        List<VirtualUser> readers = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            String path = "/online-attestation/streams/" + stream + "/students/" + ids.get(i);
            readers.add(() -> {
                String csrf = browser.get(path).expect(200).hiddenField("_csrf");
                browser.postJson(path + "/presence", csrf).expect(200);
            });
        }
        LoadDriver driver = new LoadDriver(TimeSource.SYSTEM, timeout);
        return warmup.run(length -> driver.run(readers, new Load.ClosedLoop(length, Long.MAX_VALUE)), compiler,
                TimeSource.SYSTEM);
    }
}
