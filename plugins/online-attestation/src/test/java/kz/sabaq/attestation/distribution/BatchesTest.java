package kz.sabaq.attestation.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Work asked for while a batch is under way is done together in the next batch, each asker getting
 * its own answer; a lone asker is done at once; a failure fails only the items it left unfinished,
 * and the queue goes on after it.
 */
class BatchesTest {

    @Test
    void askersWhoArriveWhileABatchIsUnderWayAreDoneTogetherInTheNextEachWithItsOwnAnswer() throws Exception {
        Recorded work = new Recorded();
        Batches<Integer, String> batches = new Batches<>(64, work::doubleEach);

        List<CompletableFuture<String>> answers = askBehindABlockedFirst(batches, work, 1, 2, 3, 4, 5);

        assertEquals(List.of("2", "4", "6", "8", "10"), done(answers));
        assertEquals(List.of(List.of(1), List.of(2, 3, 4, 5)), work.batches, "the first alone, the four behind it as one");
    }

    @Test
    void aLoneAskerIsDoneAtOnceInABatchOfItsOwn() {
        Recorded work = new Recorded();
        work.release.countDown(); // nobody to wait for
        Batches<Integer, String> batches = new Batches<>(64, work::doubleEach);

        assertEquals("14", batches.ask(7));
        assertEquals("16", batches.ask(8));
        assertEquals(List.of(List.of(7), List.of(8)), work.batches);
    }

    @Test
    void aBatchHoldsAtMostItsLimitAndTheRestFollowInTheNextBatches() throws Exception {
        Recorded work = new Recorded();
        Batches<Integer, String> batches = new Batches<>(2, work::doubleEach);

        List<CompletableFuture<String>> answers = askBehindABlockedFirst(batches, work, 1, 2, 3, 4, 5, 6);

        assertEquals(List.of("2", "4", "6", "8", "10", "12"), done(answers));
        assertEquals(List.of(List.of(1), List.of(2, 3), List.of(4, 5), List.of(6)), work.batches);
    }

    @Test
    void aFailureFailsOnlyTheItemsItLeftUnfinishedAndTheNextBatchGoesOn() throws Exception {
        Recorded work = new Recorded();
        Batches<Integer, String> batches = new Batches<>(64, items -> {
            if (items.size() > 1) {
                items.get(0).finish("first answered");
                throw new IllegalStateException("the connection was lost");
            }
            work.doubleEach(items);
        });

        List<CompletableFuture<String>> answers = askBehindABlockedFirst(batches, work, 1, 2, 3);

        assertEquals("2", answers.get(0).get(30, TimeUnit.SECONDS));
        assertEquals("first answered", answers.get(1).get(30, TimeUnit.SECONDS));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> answers.get(2).get(30, TimeUnit.SECONDS));
        assertEquals("the connection was lost", failed.getCause().getMessage());
        assertEquals("18", batches.ask(9), "the next asker is served as before");
    }

    /**
     * The first asker's batch waits inside the work until every other asker has queued behind it,
     * one after another so that they queue in this order; then it goes on.
     */
    private static List<CompletableFuture<String>> askBehindABlockedFirst(Batches<Integer, String> batches,
                                                                          Recorded work, int... inputs) {
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            int input = inputs[i];
            CompletableFuture<String> answer = new CompletableFuture<>();
            Thread asker = new Thread(() -> {
                try {
                    answer.complete(batches.ask(input));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            asker.start();
            answers.add(answer);
            if (i == 0) {
                Until.holds(() -> work.entered.getCount() == 0, "the first batch began");
            } else {
                Until.holds(() -> asker.getState() == Thread.State.WAITING, "asker " + i + " queued");
            }
        }
        work.release.countDown();
        return answers;
    }

    private static List<String> done(List<CompletableFuture<String>> answers) throws Exception {
        List<String> done = new ArrayList<>();
        for (CompletableFuture<String> a : answers) {
            done.add(a.get(30, TimeUnit.SECONDS));
        }
        return done;
    }

    /** Work that answers each input doubled, records its batches, and holds its first batch until released. */
    private static final class Recorded {
        final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void doubleEach(List<Batches.Item<Integer, String>> items) {
            batches.add(items.stream().map(Batches.Item::input).toList());
            if (entered.getCount() > 0) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            items.forEach(i -> i.finish(String.valueOf(i.input() * 2)));
        }
    }
}
