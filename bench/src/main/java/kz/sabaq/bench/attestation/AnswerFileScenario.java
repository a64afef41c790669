package kz.sabaq.bench.attestation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kz.sabaq.bench.Scenario;
import kz.sabaq.bench.UnexpectedResponse;
import kz.sabaq.bench.VirtualUser;
import kz.sabaq.bench.login.BenchStudents;
import kz.sabaq.bench.login.StudentLogin;
import kz.sabaq.bench.target.Target;
import kz.sabaq.bench.web.Browser;
import kz.sabaq.core.user.UserMapper;

/**
 * Students already logged in answer online final controls with a file: each operation is one
 * answer form, {@code POST /online-attestation/streams/{s}/students/{st}/answer} (multipart: the text, a
 * {@value #FILE_BYTES}-byte file, {@code action=send}) answered 303 — the file stored under a
 * generated name with its type detected, its row and the sending time written in one transaction.
 * Every operation answers a new final control (the student's next stream); groups of
 * {@value #GROUP_SIZE}, each with {@value #STREAMS} streams whose questions were sent and viewed.
 * An answer the server never answered (connection refused or cut: a crash test) is sent again
 * by the next operation, as a student whose page got no answer presses "Send answer" again.
 */
public final class AnswerFileScenario implements Scenario {
    static final int GROUP_SIZE = 25;
    static final int STREAMS = 1200;
    static final int FILE_BYTES = 16 * 1024;

    private final Clock clock;
    private final int streamsPerGroup;

    public AnswerFileScenario(Clock clock) {
        this(clock, STREAMS);
    }

    /** @param streamsPerGroup final controls per group: a student can answer this many times before the scenario runs out */
    public AnswerFileScenario(Clock clock, int streamsPerGroup) {
        this.clock = clock;
        this.streamsPerGroup = streamsPerGroup;
    }

    @Override
    public String name() {
        return "answer-file";
    }

    @Override
    public String description() {
        return "a logged-in student sends an online final control answer with a " + FILE_BYTES / 1024
                + " KB file (multipart POST .../answer, action=send), a new final control each time, "
                + STREAMS + " per student";
    }

    /** An answer the server answered 303 to: sent by this student (user id) in this stream, with this file. */
    public record SentAnswer(long student, long stream, String fileName, byte[] file) {
    }

    @Override
    public List<VirtualUser> prepare(Target target, int clients) throws Exception {
        return students(target, BenchStudents.create(target.database(), clients, clock), sent -> { });
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
                    throw new UnexpectedResponse("every final control of student " + student + " is answered",
                            "prepare more streams or shorten the run");
                }
                long stream = streams.get(next[0]);
                String page = "/online-attestation/streams/" + stream + "/students/" + student;
                byte[] file = answerFile(student, stream);
                Browser.Page result = browser.postMultipart(page + "/answer?_csrf=" + csrf,
                        Map.of("body", "<p>Bench answer</p>", "action", "send"), "files", "answer.txt", file);
                next[0]++;
                result.expect(303);
                answered.accept(new SentAnswer(student, stream, "answer.txt", file));
            });
        }
        return students;
    }

    /** {@value #FILE_BYTES} bytes of text that name their student and stream, so no two answers' files are alike. */
    static byte[] answerFile(long student, long stream) {
        byte[] file = new byte[FILE_BYTES];
        Arrays.fill(file, (byte) 'a');
        byte[] head = ("Answer of student " + student + " in stream " + stream + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }
}
