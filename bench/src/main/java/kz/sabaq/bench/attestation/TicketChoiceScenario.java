package kz.sabaq.bench.attestation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.report.Check;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * Students choose exam tickets from tiles at the same time ("Choose a ticket" of online
 * attestation): every client is a student placed in the same exams, each exam with exactly one
 * ticket per student. One operation is one press on a tile the student believes free,
 * {@code POST /online-attestation/streams/{s}/tiles/{position}} with the CSRF header, answered either with the
 * ticket (200: on to the next exam) or with "taken, choose another" (409) and the tiles as they
 * are now, which the page shows (a server that sends none makes it reload them, {@code GET …/tiles},
 * in the same operation); the student's next press picks one of the tiles still free. Both answers are what the page expects; anything else is an
 * error. The exams are sized from the run's plan; a student who has been through every one goes
 * round again: their tickets are given back (straight in the database, as staff would clear them)
 * and they start again from the first exam, so a long warm-up ({@code --warmup compiled}) never
 * runs out of exams.
 */
public final class TicketChoiceScenario implements Scenario {
    /**
     * A closed loop's exams are sized as if the server gave this many tickets a second (the goal is
     * 2,000), with at least {@link #LEAST_EXAMS} exams and at most {@link #MOST_SITTINGS} sittings in all.
     */
    static final double CLOSED_LOOP_CEILING = 2_500;
    static final int LEAST_EXAMS = 20;
    static final int MOST_SITTINGS = 60_000;
    private static final Pattern FREE = Pattern.compile("\"position\":(\\d+),\"free\":true");
    private static final String TAKEN = "online-attestation.distribution.error.taken";
    private static final Duration SETTINGS_TAKE_EFFECT = Duration.ofSeconds(20);

    private final Clock clock;
    private final Integer exams;
    private List<Long> streams = List.of();

    public TicketChoiceScenario(Clock clock) {
        this(clock, null);
    }

    /** With exactly {@code exams} exams rather than as many as the plan needs (tests). */
    TicketChoiceScenario(Clock clock, Integer exams) {
        this.clock = clock;
        this.exams = exams;
    }

    @Override
    public String name() {
        return "ticket-choice";
    }

    @Override
    public String description() {
        return "students placed in the same exams press ticket tiles at once (POST /online-attestation/streams/{s}/tiles/{position}), "
                + "one ticket per student; \"taken\" reloads the tiles and counts as an answer";
    }

    /** The exams of the last preparation, for checking afterwards that no ticket went twice. */
    public List<Long> streams() {
        return streams;
    }

    /** The rule, after every run: no ticket of the run's exams is held by two students. */
    @Override
    public Optional<Check> check(Target target) throws Exception {
        long twice = ExamRooms.ticketsGivenTwice(target.database(), streams);
        return Optional.of(new Check(twice == 0
                ? "no ticket held twice in the run's " + streams.size() + " exams"
                : twice + " tickets held by more than one student in the run's " + streams.size() + " exams",
                twice == 0));
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) throws Exception {
        int clients = plan.clients();
        List<String> iins = BenchStudents.create(target.database(), clients, clock);
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        int rounds = exams != null ? exams : (int) Math.max(LEAST_EXAMS, Math.min(MOST_SITTINGS / clients,
                plan.operationsPerClient(CLOSED_LOOP_CEILING)));
        streams = ExamRooms.create(target.database(), ids, rounds, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        awaitOwnChoice(browsers.get(0), streams.get(0));
        // Last, all at once: each student opens their first exam's page (its CSRF token; the cabinet
        // would list every one of the student's exams) and the first exam's
        // tiles, so no keep-alive connection has sat idle long enough to be closed when measuring starts.
        List<Future<VirtualUser>> opened = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(32, browsers.size()));
        try {
            for (int i = 0; i < browsers.size(); i++) {
                Browser browser = browsers.get(i);
                long student = ids.get(i);
                Random random = new Random(i);
                opened.add(pool.submit(() -> {
                    String csrf = browser.get("/online-attestation/streams/" + streams.get(0) + "/students/" + student)
                            .expect(200).hiddenField("_csrf");
                    browser.getJson("/online-attestation/streams/" + streams.get(0) + "/tiles").expect(200);
                    return new Student(browser, csrf, streams, clients, random,
                            () -> ExamRooms.giveBack(target.database(), student, streams));
                }));
            }
            List<VirtualUser> students = new ArrayList<>();
            for (Future<VirtualUser> student : opened) {
                students.add(student.get());
            }
            return students;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A running server reads changed settings within seconds; the first tiles answer says they are in force. */
    private void awaitOwnChoice(Browser browser, long stream) throws Exception {
        Instant until = clock.instant().plus(SETTINGS_TAKE_EFFECT);
        while (true) {
            Browser.Page page = browser.getJson("/online-attestation/streams/" + stream + "/tiles");
            if (page.status() == 200) {
                return;
            }
            if (clock.instant().isAfter(until)) {
                page.expect(200);
            }
            Thread.sleep(250);
        }
    }

    /** One student: the exam they are in now, and the tiles they believe free there. */
    private static final class Student implements VirtualUser {
        private final Browser browser;
        private final String csrf;
        private final List<Long> streams;
        private final int tiles;
        private final Random random;
        private final GiveBack giveBack;
        private int exam;
        private List<Integer> free;

        /** Gives the student's tickets in every exam back. */
        interface GiveBack {
            void run() throws Exception;
        }

        Student(Browser browser, String csrf, List<Long> streams, int tiles, Random random, GiveBack giveBack) {
            this.browser = browser;
            this.giveBack = giveBack;
            this.csrf = csrf;
            this.streams = streams;
            this.tiles = tiles;
            this.random = random;
            this.free = all(tiles);
        }

        @Override
        public void act() throws Exception {
            if (exam >= streams.size()) {
                giveBack.run();
                exam = 0;
            }
            String path = path(streams.get(exam));
            int position = free.get(random.nextInt(free.size()));
            Browser.Page answer = browser.postJson(path + "/" + position, csrf);
            if (answer.status() == 200) {
                next();
                return;
            }
            if (answer.status() != 409 || !answer.body().contains(TAKEN)) {
                answer.expect(200);
            }
            // the page shows the tiles "taken" brings, and reloads them only when it brings none
            String tiles = answer.body().contains("\"tiles\"") ? answer.body() : browser.getJson(path).expect(200).body();
            free = freeTiles(tiles);
            if (free.isEmpty()) {
                throw new UnexpectedResponse("no free tile left for a student without a ticket", "GET " + path);
            }
        }

        private void next() {
            exam++;
            free = all(tiles);
        }

        private static String path(long stream) {
            return "/online-attestation/streams/" + stream + "/tiles";
        }

        private static List<Integer> all(int count) {
            List<Integer> positions = new ArrayList<>(count);
            for (int p = 1; p <= count; p++) {
                positions.add(p);
            }
            return positions;
        }

        private static List<Integer> freeTiles(String json) {
            List<Integer> positions = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            Matcher m = FREE.matcher(json);
            while (m.find()) {
                if (seen.add(Integer.parseInt(m.group(1)))) {
                    positions.add(Integer.parseInt(m.group(1)));
                }
            }
            return positions;
        }
    }
}
