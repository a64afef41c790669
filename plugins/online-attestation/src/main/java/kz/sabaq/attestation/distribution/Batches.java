package kz.sabaq.attestation.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Work asked for at the same instant, done as one batch: a stream pressing its tiles at once would
 * otherwise make a query or a durable commit per press. An asker puts its item in the queue;
 * whoever finds no batch under way does what is queued, up to {@code most} items, hands each its
 * answer, and goes on until its own item is done; askers who arrive meanwhile wait and are done in
 * the next batch. A lone asker is done at once, as it would be alone. When a batch ends, the first
 * item still queued is woken to do the next one, so nobody waits for an asker who is not coming.
 *
 * <p>The batch's work must finish every item it is given, with an answer or a failure; a failure
 * escaping it fails the items it left unfinished.
 */
final class Batches<I, O> {
    private final int most;
    private final Consumer<List<Item<I, O>>> work;
    private final Queue<Item<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock working = new ReentrantLock();

    Batches(int most, Consumer<List<Item<I, O>>> work) {
        this.most = most;
        this.work = work;
    }

    /** Does the item, with whatever else is queued, and gives its answer (or throws its failure). */
    O ask(I input) {
        Item<I, O> mine = new Item<>(input);
        queue.add(mine);
        while (!mine.done()) {
            if (working.tryLock()) {
                try {
                    while (!mine.done()) {
                        batch();
                    }
                } finally {
                    working.unlock();
                    handOver(); // even when an Error ends this asker, the queue goes on
                }
            } else {
                mine.await(); // done, or asked to do the next batch
            }
        }
        return mine.answer();
    }

    private void handOver() {
        Item<I, O> first = queue.peek();
        if (first != null) {
            first.wake();
        }
    }

    private void batch() {
        List<Item<I, O>> batch = new ArrayList<>(Math.min(most, queue.size()));
        for (Item<I, O> item; batch.size() < most && (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        try {
            work.accept(batch);
        } catch (RuntimeException | Error e) {
            batch.stream().filter(i -> !i.done()).forEach(i -> i.fail(e));
            if (e instanceof Error) {
                throw e;
            }
        }
    }

    /** A queued item and the asker waiting for it. */
    static final class Item<I, O> {
        private final I input;
        private final Semaphore woken = new Semaphore(0);
        private volatile boolean done;
        private O answer;
        private Throwable failure;

        private Item(I input) {
            this.input = input;
        }

        I input() {
            return input;
        }

        boolean done() {
            return done;
        }

        void finish(O answer) {
            this.answer = answer;
            done = true;
            woken.release();
        }

        void fail(Throwable failure) {
            this.failure = failure;
            done = true;
            woken.release();
        }

        private void wake() {
            woken.release();
        }

        private void await() {
            woken.acquireUninterruptibly();
        }

        private O answer() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return answer;
        }
    }
}
