package kz.sabaq.bench.examtest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * A computer-based test hall (plugin exam-test): every client is a logged-in student; all of them
 * press "Start" on the same test at the same instant during preparation (a latch releases them
 * together), then each operation is one answer the page's script saves, {@code POST
 * /exam-test/attempts/{a}/answers/{position}} with a random option, answered 200 — the students answer
 * their 30 questions over and over for the run, changing their minds. The target's profile must
 * enable exam-test and a grading scale {@code letter}.
 */
public final class TestAnswersScenario implements Scenario {
    private static final Pattern OPTION = Pattern.compile("name=\"q(\\d+)\" value=\"(\\d+)\"");

    private final Clock clock;

    public TestAnswersScenario(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "test-answers";
    }

    @Override
    public String description() {
        return "students who started the same exam-test test at the same instant save answers "
                + "(POST /exam-test/attempts/{a}/answers/{q}, a random option of a random one of 30 questions)";
    }

    /** An answer the server confirmed: the attempt, the question's position and the option chosen. */
    public record SavedAnswer(long attempt, int position, String option) {
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) throws Exception {
        return students(target, plan.clients(), saved -> { });
    }

    /** {@code saved} hears of every answer the server answered 200 to, from the student's thread. */
    public List<VirtualUser> students(Target target, int clients, Consumer<SavedAnswer> saved) throws Exception {
        List<String> iins = BenchStudents.create(target.database(), clients, clock);
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        long test = TestHall.create(target.database(), ids, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        List<Long> attempts = startTogether(browsers, test);
        List<VirtualUser> students = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(test);
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            long attempt = attempts.get(i);
            Browser.Page page = browser.get("/exam-test/attempts/" + attempt).expect(200);
            String csrf = page.hiddenField("_csrf");
            Map<Integer, List<String>> options = options(page.body());
            SplittableRandom random = seeds.split();
            students.add(() -> {
                int position = 1 + random.nextInt(TestHall.QUESTIONS);
                List<String> choice = options.get(position);
                String option = choice.get(random.nextInt(choice.size()));
                browser.postScriptForm("/exam-test/attempts/" + attempt + "/answers/" + position, Map.of("option", option), csrf)
                        .expect(200);
                saved.accept(new SavedAnswer(attempt, position, option));
            });
        }
        return students;
    }

    /** Every student presses "Start" at the same instant; returns their attempts, in order. */
    private static List<Long> startTogether(List<Browser> browsers, long test) throws Exception {
        List<String> csrf = new ArrayList<>();
        for (Browser b : browsers) {
            csrf.add(b.get("/exam-test/mine").expect(200).hiddenField("_csrf"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> started = new ArrayList<>();
            for (int i = 0; i < browsers.size(); i++) {
                Browser b = browsers.get(i);
                String token = csrf.get(i);
                started.add(pool.submit(() -> {
                    go.await();
                    Browser.Page p = b.postForm("/exam-test/tests/" + test + "/start", Map.of("_csrf", token)).expect(303);
                    String location = p.headers().getOrDefault("location", List.of("")).get(0);
                    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
                }));
            }
            go.countDown();
            List<Long> attempts = new ArrayList<>();
            for (Future<Long> f : started) {
                attempts.add(f.get());
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, List<String>> options(String html) throws UnexpectedResponse {
        Map<Integer, List<String>> options = new java.util.HashMap<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            options.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(m.group(2));
        }
        if (options.size() != TestHall.QUESTIONS) {
            throw new UnexpectedResponse("the attempt page shows " + options.size() + " questions", "expected "
                    + TestHall.QUESTIONS);
        }
        return options;
    }
}
