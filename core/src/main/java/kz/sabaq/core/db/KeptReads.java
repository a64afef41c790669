package kz.sabaq.core.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers of one kind of read, kept per key for a short time: the rows every page of a stream
 * repeats (its name, teacher, period), which a hall of students asks for within the same second.
 * Made by {@link Database#kept}, which forgets everything at once when this node writes one of the
 * tables the answers come from, through a mapper or a raw connection (or by a cache that calls
 * {@link #forgetAll} itself, such as the sessions'); a read that raced such a
 * write is not kept. Writes made by other nodes are seen within the keeping time. Requests that miss
 * the same key at the same instant make one read and share its answer.
 */
public final class KeptReads<K, V> {
    private static final int MOST = 20_000;

    private final Clock clock;
    private final Duration keep;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Map<K, Loading<V>> loading = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Kept<V>(V value, Instant until, long generation) {
    }

    /** A read under way, made after the write that began {@code generation}. */
    private record Loading<V>(CompletableFuture<V> future, long generation) {
        V answer() {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    public KeptReads(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** The kept answer for {@code key}, else {@code load}'s, kept when {@code keepIf} accepts it. */
    public V get(K key, Supplier<V> load, Predicate<V> keepIf) {
        Instant now = clock.instant();
        long seen = generation.get();
        Kept<V> k = kept.get(key);
        if (k != null && k.generation() == seen && now.isBefore(k.until())) {
            return k.value();
        }
        Loading<V> mine = new Loading<>(new CompletableFuture<>(), seen);
        Loading<V> running = loading.putIfAbsent(key, mine);
        if (running != null && running.generation() == seen) {
            return running.answer(); // a hall missing at the same instant waits for the first one's read
        }
        V value;
        try {
            value = load.get();
            mine.future().complete(value);
        } catch (RuntimeException | Error e) {
            mine.future().completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
        if (keepIf.test(value)) {
            if (kept.size() >= MOST) {
                kept.clear();
            }
            kept.put(key, new Kept<>(value, now.plus(keep), seen));
        } else if (k != null) {
            kept.remove(key);
        }
        return value;
    }

    /** {@link #get} keeping only found rows: what is missing is asked for again. */
    public <T> Optional<T> found(K key, Supplier<Optional<T>> load) {
        @SuppressWarnings("unchecked")
        KeptReads<K, Optional<T>> self = (KeptReads<K, Optional<T>>) this;
        return self.get(key, load, Optional::isPresent);
    }

    /** Nothing kept before this call is used again, and a read under way when it came is not kept. */
    public void forgetAll() {
        generation.incrementAndGet();
        kept.clear();
    }
}
