package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.attestation.ExamSlot;
import kz.sabaq.attestation.distribution.TakeCommits.Outcome;
import kz.sabaq.attestation.distribution.TakeCommits.Take;
import kz.sabaq.core.audit.Audit;
import kz.sabaq.core.audit.AuditMapper;
import org.junit.jupiter.api.Test;

/**
 * Tiles pressed while a take is being committed are committed together, in one transaction, and
 * each press learns its own outcome; a collision in the group costs the others nothing, and a group
 * whose transaction is undone is tried take by take, never lost and never audited twice.
 */
class TakeCommitsTest {
    @Test
    void takesQueuedBehindACommitAreCommittedTogetherAndACollisionCostsTheOthersNothing() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            List<Long> ids = sixPlaced(exam);
            Counted transactions = new Counted(exam.db, 0);
            TakeCommits commits = commits(exam, transactions);

            // {student, ticket}: the fifth collides inside the group, the sixth with the first's
            // committed ticket, and the seventh is the second student pressing again
            List<CompletableFuture<Outcome>> outcomes = pressBehindALockedFirst(exam, commits, transactions, ids,
                    new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 1}, {1, 5}});

            assertEquals(List.of(Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.HELD_BY_ANOTHER,
                    Outcome.HELD_BY_ANOTHER, Outcome.UNCHANGED), done(outcomes));
            assertEquals(2, transactions.begun.get(), "the first take alone, then the six queued behind it together");
            assertEquals(Map.of(ids.get(0), 1, ids.get(1), 2, ids.get(2), 3, ids.get(3), 4), exam.given());
            assertEquals(List.of(1, 2, 3, 4), audited(exam), "one entry per ticket taken, none for the others");
        }
    }

    @Test
    void oneGroupGivesTheTicketsOfSeveralStreamsInOneUpdateTheSameNumberInEach() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            List<Long> ids = sixPlaced(exam);
            long other = exam.academic.stream(exam.teacher, exam.group);
            exam.attestation.exam(other).tickets(20).create();
            LocalDateTime from = LocalDateTime.ofInstant(Exam.NOW, ZoneOffset.UTC);
            long otherSlot = exam.attestation.slot(other, exam.teacher).between(from, from.plusHours(2)).createdAt(from).create();
            for (long id : ids) {
                exam.attestation.sitting(other, id, otherSlot).placedAt(from).create();
            }
            Counted transactions = new Counted(exam.db, 0);
            TakeCommits commits = commits(exam, transactions);
            List<Take> takes = new ArrayList<>(List.of(take(exam.stream, ids.get(0), slotOf(exam, ids.get(0)), 1, Exam.NOW)));
            long[][] presses = {{exam.stream, 1, 2}, {other, 1, 2}, {other, 2, 3}, {exam.stream, 2, 3}, {other, 3, 3}};
            for (long[] p : presses) {
                long student = ids.get((int) p[1]);
                takes.add(take(p[0], student, p[0] == other ? otherSlot : slotOf(exam, student), (int) p[2], Exam.NOW));
            }
            List<CompletableFuture<Outcome>> outcomes = pressBehindALockedFirst(exam, commits, transactions, takes);
            assertEquals(List.of(Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN,
                    Outcome.HELD_BY_ANOTHER), done(outcomes), "ticket 2 and 3 once in each stream; the last 3 is taken");
            assertEquals(2, transactions.begun.get());
            assertEquals(Map.of(ids.get(0), 1, ids.get(1), 2, ids.get(2), 3), exam.given());
            Map<Long, Integer> inOther = new java.util.LinkedHashMap<>();
            exam.query("SELECT student_id, ticket_number FROM oa_sitting WHERE stream_id = ? AND ticket_number IS NOT NULL "
                    + "ORDER BY student_id", r -> inOther.put(r.getLong(1), r.getInt(2)), other);
            assertEquals(Map.of(ids.get(1), 2, ids.get(2), 3), inOther);
            assertEquals(List.of(1, 2, 2, 3, 3), audited(exam));
        }
    }

    @Test
    void aFewTakesOfAStreamAreUpdatedOneByOneInTheGroupAndACollisionLosesAlone() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            List<Long> ids = sixPlaced(exam);
            Counted transactions = new Counted(exam.db, 0);
            TakeCommits commits = commits(exam, transactions);

            List<CompletableFuture<Outcome>> outcomes = pressBehindALockedFirst(exam, commits, transactions, ids,
                    new int[][] {{0, 1}, {1, 2}, {2, 2}}); // two queued: fewer than TakeCommits.BULK

            assertEquals(List.of(Outcome.TAKEN, Outcome.TAKEN, Outcome.HELD_BY_ANOTHER), done(outcomes));
            assertEquals(2, transactions.begun.get());
            assertEquals(Map.of(ids.get(0), 1, ids.get(1), 2), exam.given());
            assertEquals(List.of(1, 2), audited(exam));
        }
    }

    @Test
    void aGroupWhoseTransactionIsUndoneIsTriedTakeByTakeNeverLostNorAuditedTwice() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            List<Long> ids = sixPlaced(exam);
            Counted transactions = new Counted(exam.db, 2); // the group's transaction fails as it ends
            TakeCommits commits = commits(exam, transactions);

            List<CompletableFuture<Outcome>> outcomes = pressBehindALockedFirst(exam, commits, transactions, ids,
                    new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 5}});

            assertEquals(List.of(Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.HELD_BY_ANOTHER,
                    Outcome.TAKEN), done(outcomes));
            assertEquals(2 + 5, transactions.begun.get(), "the first, the undone group, then each of its five alone");
            assertEquals(Map.of(ids.get(0), 1, ids.get(1), 2, ids.get(2), 3, ids.get(3), 4, ids.get(5), 5), exam.given());
            assertEquals(List.of(1, 2, 3, 4, 5), audited(exam));
        }
    }

    @Test
    void eachTicketOfAGroupIsStampedWithItsOwnPressInstant() throws Exception {
        try (Exam exam = Exam.start(Exam.OWN_CHOICE)) {
            List<Long> ids = sixPlaced(exam);
            Counted transactions = new Counted(exam.db, 0);
            TakeCommits commits = commits(exam, transactions);
            List<Take> takes = new ArrayList<>(List.of(take(exam.stream, ids.get(0), slotOf(exam, ids.get(0)), 1, Exam.NOW)));
            for (int i = 1; i < 6; i++) {
                Instant pressed = Exam.NOW.plusMillis(1_000L * i + 7 * i); // milliseconds kept
                takes.add(take(exam.stream, ids.get(i), slotOf(exam, ids.get(i)), i + 1, pressed));
            }
            List<CompletableFuture<Outcome>> outcomes = pressBehindALockedFirst(exam, commits, transactions, takes);
            assertEquals(List.of(Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN, Outcome.TAKEN),
                    done(outcomes));
            assertEquals(2, transactions.begun.get(), "the five behind the first in one group");
            Map<Long, Instant> stamped = new java.util.HashMap<>();
            exam.query("SELECT student_id, ticket_at FROM oa_sitting WHERE stream_id = ?",
                    r -> stamped.put(r.getLong(1), r.getTimestamp(2).toInstant()), exam.stream);
            for (int i = 1; i < 6; i++) {
                assertEquals(Exam.NOW.plusMillis(1_000L * i + 7 * i), stamped.get(ids.get(i)), "student " + i);
            }
            assertEquals(Exam.NOW, stamped.get(ids.get(0)), "the lone take, bound by the driver, reads back the same way");
        }
    }

    private static List<Long> sixPlaced(Exam exam) {
        exam.tickets(20);
        ExamSlot slot = exam.slot(Exam.NOW, Duration.ofHours(2));
        return exam.sit(slot, 6, true);
    }

    private static TakeCommits commits(Exam exam, Transactions transactions) {
        return new TakeCommits(exam.db.mapper(DistributionMapper.class), transactions,
                new Audit(exam.db.mapper(AuditMapper.class), exam.server.clock()));
    }

    /**
     * The first student's sitting is locked by another transaction, so their take waits inside its
     * commit; the others press meanwhile and queue. Then the lock is let go.
     */
    private static List<CompletableFuture<Outcome>> pressBehindALockedFirst(
            Exam exam, TakeCommits commits, Counted transactions, List<Long> ids, int[][] presses) throws SQLException {
        List<Take> takes = new ArrayList<>();
        for (int[] press : presses) {
            long student = ids.get(press[0]);
            takes.add(take(exam.stream, student, slotOf(exam, student), press[1], Exam.NOW));
        }
        return pressBehindALockedFirst(exam, commits, transactions, takes);
    }

    /** The first take's student is locked by another transaction; the other takes queue behind it, in order. */
    private static List<CompletableFuture<Outcome>> pressBehindALockedFirst(
            Exam exam, TakeCommits commits, Counted transactions, List<Take> takes) throws SQLException {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        try (Connection lock = exam.db.dataSource().getConnection()) {
            lockSitting(lock, exam, takes.get(0).studentId());
            for (int i = 0; i < takes.size(); i++) {
                Thread press = pressThread(commits, outcomes, takes.get(i));
                if (i == 0) {
                    Until.holds(() -> transactions.begun.get() == 1, "the first take's commit began");
                } else { // one after another, so they queue in this order
                    int queued = i;
                    Until.holds(() -> press.getState() == Thread.State.WAITING, "press " + queued + " queued");
                }
            }
            lock.commit();
        }
        return outcomes;
    }

    /** A take of ticket {@code number} in pool 0, pressed at {@code at}. */
    private static Take take(long stream, long student, long slot, int number, Instant at) {
        return new Take(stream, student, slot, 0, number, at, Map.of("ticket", number));
    }

    private static Thread pressThread(TakeCommits commits, List<CompletableFuture<Outcome>> outcomes, Take take) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        outcomes.add(outcome);
        Thread press = new Thread(() -> outcome.complete(commits.commit(take)));
        press.start();
        return press;
    }

    /** Another transaction holds the student's sitting until {@code lock} commits. */
    private static void lockSitting(Connection lock, Exam exam, long student) throws SQLException {
        lock.setAutoCommit(false);
        try (PreparedStatement s = lock.prepareStatement(
                "SELECT student_id FROM oa_sitting WHERE stream_id = ? AND student_id = ? FOR UPDATE")) {
            s.setLong(1, exam.stream);
            s.setLong(2, student);
            s.executeQuery().close();
        }
    }

    private static long slotOf(Exam exam, long student) {
        long[] slot = new long[1];
        exam.query("SELECT slot_id FROM oa_sitting WHERE stream_id = ? AND student_id = ?", r -> slot[0] = r.getLong(1),
                exam.stream, student);
        return slot[0];
    }

    private static List<Outcome> done(List<CompletableFuture<Outcome>> outcomes) throws Exception {
        List<Outcome> done = new ArrayList<>();
        for (CompletableFuture<Outcome> o : outcomes) {
            done.add(o.get(30, TimeUnit.SECONDS));
        }
        return done;
    }

    private static List<Integer> audited(Exam exam) {
        return exam.audit(Choice.EVENT).stream().map(d -> d.get("ticket").asInt()).sorted().toList();
    }

    /** The database's transactions, counted; the one numbered {@code failing} is undone as it ends. */
    private static final class Counted implements Transactions {
        final AtomicInteger begun = new AtomicInteger();
        private final Transactions database;
        private final int failing;

        Counted(Transactions database, int failing) {
            this.database = database;
            this.failing = failing;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            int number = begun.incrementAndGet();
            return database.inTransaction(() -> {
                T result = work.get();
                if (number == failing) {
                    throw new IllegalStateException("the connection was lost at the commit");
                }
                return result;
            });
        }
    }
}
