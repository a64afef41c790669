package kz.sabaq.api.data;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every mapper call made by the work on this thread
 * commits together or not at all. Nested calls join the outer transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
