package kz.sabaq.bench.crash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import kz.sabaq.bench.attendance.QrCheckInScenario.CheckIn;
import kz.sabaq.bench.attestation.AnswerFileScenario.SentAnswer;

/**
 * Everything the server acknowledged during a storm, written by the virtual users' threads the
 * moment an answer arrives: a check-in answered 200, an answer answered 303 (kept as its student,
 * stream, file name and the SHA-256 of the file's bytes).
 */
final class Receipts {
    /** An acknowledged answer and the file it carried. */
    record Answer(long student, long stream, String fileName, String sha256) {
    }

    private final Queue<CheckIn> checkIns = new ConcurrentLinkedQueue<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicLong count = new AtomicLong();

    void checkedIn(CheckIn checkIn) {
        checkIns.add(checkIn);
        count.incrementAndGet();
    }

    void answered(SentAnswer sent) {
        answers.add(new Answer(sent.student(), sent.stream(), sent.fileName(), sha256(sent.file().bytes())));
        count.incrementAndGet();
    }

    /** How many acknowledgements so far, of both kinds. */
    long count() {
        return count.get();
    }

    List<CheckIn> checkIns() {
        return List.copyOf(checkIns);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
