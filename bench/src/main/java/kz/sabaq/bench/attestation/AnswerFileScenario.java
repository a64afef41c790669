package kz.sabaq.bench.attestation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.sabaq.bench.Plan;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UsedUp;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * Students already logged in answer online final controls with a file: each operation is one
 * answer form, {@code POST /online-attestation/streams/{s}/students/{st}/answer} (multipart: the text, a
 * file of {@code --file-size} bytes, {@value #FILE_BYTES} unless told, {@code action=send}) answered 303 — the file stored under a
 * generated name with its type detected, its row and the sending time written in one transaction.
 * Every operation answers a new final control (the student's next stream); groups of
 * {@value #GROUP_SIZE}, each with streams enough for the run (sized from its plan) whose questions
 * were sent and viewed; a student who has still answered them all is retired ({@link UsedUp}).
 * An answer the server never answered (connection refused or cut: a crash test) is sent again
 * by the next operation, as a student whose page got no answer presses "Send answer" again.
 */
public final class AnswerFileScenario implements Scenario {
    static final int GROUP_SIZE = 25;
    public static final int FILE_BYTES = 16 * 1024;
    /** A closed loop's final controls are sized as if the server took this many answers a second. */
    static final double CLOSED_LOOP_CEILING = 400;
    static final int MOST_STREAMS = 5_000;

    private final Clock clock;
    private final Integer streamsPerGroup;
    private final int fileBytes;

    /** Final controls sized from each run's plan. */
    public AnswerFileScenario(Clock clock, int fileBytes) {
        this(clock, null, fileBytes);
    }

    /** @param streamsPerGroup final controls per group: a student can answer this many times before the scenario runs out */
    public static AnswerFileScenario sized(Clock clock, int streamsPerGroup, int fileBytes) {
        return new AnswerFileScenario(clock, streamsPerGroup, fileBytes);
    }

    private AnswerFileScenario(Clock clock, Integer streamsPerGroup, int fileBytes) {
        this.clock = clock;
        this.streamsPerGroup = streamsPerGroup;
        this.fileBytes = fileBytes;
    }

    @Override
    public String name() {
        return "answer-file";
    }

    @Override
    public String description() {
        return "a logged-in student sends an online final control answer with a file (--file-size, default "
                + FILE_BYTES / 1024 + " KB; multipart POST .../answer, action=send), a new final control each time";
    }

    /** An answer the server answered 303 to: sent by this student (user id) in this stream, with this file. */
    public record SentAnswer(long student, long stream, String fileName, AnswerFile file) {
    }

    @Override
    public List<VirtualUser> prepare(Target target, Plan plan) throws Exception {
        int streams = streamsPerGroup != null ? streamsPerGroup
                : (int) Math.min(MOST_STREAMS, plan.operationsPerClient(CLOSED_LOOP_CEILING));
        return sized(clock, streams, fileBytes)
                .students(target, BenchStudents.create(target.database(), plan.clients(), clock), sent -> { });
    }

    /**
     * One logged-in student per bench student of {@code iins}, in groups with their final controls;
     * {@code answered} hears of every answer the server answered 303, from the student's thread.
     */
    public List<VirtualUser> students(Target target, List<String> iins, Consumer<SentAnswer> answered) throws Exception {
        UserMapper users = target.database().mapper(UserMapper.class);
        List<Long> ids = iins.stream().map(iin -> users.findByIin(iin).orElseThrow().id()).toList();
        List<List<Long>> groups = Exams.create(target.database(), ids, GROUP_SIZE, streamsPerGroup, clock);
        List<Browser> browsers = StudentLogin.logInAll(target, iins);
        List<VirtualUser> students = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            Browser browser = browsers.get(i);
            long student = ids.get(i);
            List<Long> streams = groups.get(i / GROUP_SIZE);
            String csrf = browser.get("/online-attestation/streams/" + streams.get(0) + "/students/" + student).expect(200).hiddenField("_csrf");
            int[] next = {0};
            students.add(() -> {
                if (next[0] >= streams.size()) {
                    throw new UsedUp("student " + student + " answered every one of the " + streams.size() + " final controls");
                }
                long stream = streams.get(next[0]);
                String page = "/online-attestation/streams/" + stream + "/students/" + student;
                AnswerFile file = new AnswerFile(student, stream, fileBytes);
                Browser.Page result = browser.postMultipart(page + "/answer?_csrf=" + csrf,
                        Map.of("body", "<p>Bench answer</p>", "action", "send"), "files", "answer.txt", file);
                next[0]++;
                result.expect(303);
                answered.accept(new SentAnswer(student, stream, "answer.txt", file));
            });
        }
        return students;
    }
}
