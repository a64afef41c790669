package kz.sabaq.bench.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.sabaq.bench.attendance.QrCheckInScenario.CheckIn;
import kz.sabaq.core.db.Database;

/**
 * After the storm, with the server stopped: what the database and online attestation's upload
 * folder hold, against what the server acknowledged. The storm's database holds its own rows
 * alone, so every row is looked at. Every answer of the storm carries a file, so a sent answer
 * without one is half-written.
 */
final class Inspection {
    /** The most problems described one by one; the counts hold them all. */
    private static final int EXAMPLES = 10;

    /**
     * @param checkInsUnanswered marks stored whose request was never answered (in flight at a kill)
     * @param answersUnanswered  answers sent whose request was never answered (in flight at a kill)
     * @param draftsWithFile     a file stored for an answer whose "send" was never reached (in flight at a kill)
     * @param orphanFiles        files on disk no row names: never acknowledged, so nothing lost, but litter
     * @param partialFiles       {@code .part} files an upload cut short left behind
     */
    record Findings(long checkInsAcknowledged, long checkInsMissing, long checkInsUnanswered,
                    long answersAcknowledged, long answersMissing, long answersUnanswered,
                    long fileRowsWithoutFile, long sentWithoutFile, long draftsWithFile,
                    long orphanFiles, long partialFiles, List<String> problems) {

        /** Acknowledged requests whose result is not (wholly) stored. */
        long lost() {
            return checkInsMissing + answersMissing;
        }

        /** States a user could see that no complete request leaves behind. */
        long halfWritten() {
            return fileRowsWithoutFile + sentWithoutFile;
        }
    }

    private record Sitting(long stream, long student) {
    }

    private record StoredFile(String name, String sha256) {
    }

    private final Path files;
    private final Set<CheckIn> marks = new HashSet<>();
    private final Set<Sitting> sent = new HashSet<>();
    /** The files of each sitting whose bytes are on disk whole. */
    private final Map<Sitting, List<StoredFile>> intact = new HashMap<>();
    private final Set<Sitting> withFileRows = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private long rowsWithoutFile;

    private Inspection(Path files) {
        this.files = files;
    }

    static Findings inspect(Database database, Path files, Receipts receipts) throws SQLException, IOException {
        Inspection inspection = new Inspection(files);
        inspection.read(database);
        return inspection.against(receipts);
    }

    private void read(Database database) throws SQLException, IOException {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT student_id, session_id FROM att_mark WHERE phase = 'IN'")) {
                while (r.next()) {
                    marks.add(new CheckIn(r.getLong(1), r.getLong(2)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT stream_id, student_id FROM oa_sitting WHERE answer_sent_at IS NOT NULL")) {
                while (r.next()) {
                    sent.add(new Sitting(r.getLong(1), r.getLong(2)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT stream_id, student_id, file_key, file_name, file_size FROM oa_answer_file")) {
                while (r.next()) {
                    fileRow(new Sitting(r.getLong(1), r.getLong(2)), r.getString(3), r.getString(4), r.getLong(5));
                }
            }
        }
    }

    /** A file row is whole when its file is on disk with the row's size; its bytes are hashed to compare. */
    private void fileRow(Sitting sitting, String key, String name, long size) throws IOException {
        keys.add(key);
        withFileRows.add(sitting);
        Path file = files.resolve(key.substring(0, 2)).resolve(key);
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            rowsWithoutFile++;
            problem("file row " + key + " of " + sitting + ": " + (Files.isRegularFile(file)
                    ? Files.size(file) + " bytes on disk, " + size + " in the row" : "no file on disk"));
            return;
        }
        intact.computeIfAbsent(sitting, k -> new ArrayList<>()).add(new StoredFile(name, Receipts.sha256(Files.readAllBytes(file))));
    }

    private Findings against(Receipts receipts) throws IOException {
        List<CheckIn> checkIns = receipts.checkIns();
        long checkInsMissing = 0;
        for (CheckIn checkIn : checkIns) {
            if (!marks.contains(checkIn)) {
                checkInsMissing++;
                problem("check-in answered 200 but not stored: " + checkIn);
            }
        }
        Set<CheckIn> acknowledgedMarks = new HashSet<>(checkIns);

        List<Receipts.Answer> answers = receipts.answers();
        Set<Sitting> acknowledgedAnswers = new HashSet<>();
        long answersMissing = 0;
        for (Receipts.Answer a : answers) {
            Sitting sitting = new Sitting(a.stream(), a.student());
            acknowledgedAnswers.add(sitting);
            boolean fileIntact = intact.getOrDefault(sitting, List.of()).contains(new StoredFile(a.fileName(), a.sha256()));
            if (!sent.contains(sitting) || !fileIntact) {
                answersMissing++;
                problem("answer answered 303 but " + (sent.contains(sitting) ? "its file is not intact" : "not sent") + ": " + sitting);
            }
        }

        long sentWithoutFile = 0;
        for (Sitting sitting : sent) {
            if (!withFileRows.contains(sitting)) {
                sentWithoutFile++;
                problem("answer sent without its file: " + sitting);
            }
        }
        long drafts = withFileRows.stream().filter(s -> !sent.contains(s)).count();
        long[] litter = litter();
        return new Findings(checkIns.size(), checkInsMissing, marks.stream().filter(m -> !acknowledgedMarks.contains(m)).count(),
                answers.size(), answersMissing, sent.stream().filter(s -> !acknowledgedAnswers.contains(s)).count(),
                rowsWithoutFile, sentWithoutFile, drafts, litter[0], litter[1], List.copyOf(problems));
    }

    /** Files on disk that no row names, and {@code .part} leftovers: {orphans, partial}. */
    private long[] litter() throws IOException {
        long[] counts = new long[2];
        if (!Files.isDirectory(files)) {
            return counts;
        }
        try (Stream<Path> all = Files.walk(files)) {
            all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).forEach(name -> {
                if (name.endsWith(".part")) {
                    counts[1]++;
                } else if (!keys.contains(name)) {
                    counts[0]++;
                }
            });
        }
        return counts;
    }

    private void problem(String description) {
        if (problems.size() < EXAMPLES) {
            problems.add(description);
        }
    }
}
