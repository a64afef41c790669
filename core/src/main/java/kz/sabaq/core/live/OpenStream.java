package kz.sabaq.core.live;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import kz.sabaq.api.live.LiveEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One page's stream. It ends after {@link #STREAM_FOR}, so a page left open does not hold its
 * connection for ever, and the first event tells the browser to reconnect after {@link #RETRY}.
 */
final class OpenStream {
    private static final Logger LOG = LoggerFactory.getLogger(OpenStream.class);
    private static final Duration STREAM_FOR = Duration.ofMinutes(5);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final SseEventSink sink;
    private final Sse sse;
    private final Supplier<List<LiveEvent>> news;
    private final long endsAt = System.nanoTime() + STREAM_FOR.toNanos();
    /** A look is already waiting for a thread: a burst of changes makes one look, not one each. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledFuture<?> checks;
    private Runnable onEnd;
    private boolean opened;

    OpenStream(SseEventSink sink, Sse sse, Supplier<List<LiveEvent>> news) {
        this.sink = sink;
        this.sse = sse;
        this.news = news;
    }

    /** Looks at once and then every {@code checkEvery}; {@code onEnd} runs once the stream is over. */
    synchronized void start(ScheduledExecutorService pool, Duration checkEvery, Runnable ended) {
        onEnd = ended;
        try {
            checks = pool.scheduleWithFixedDelay(this::look, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            end();
        }
    }

    void lookSoon(Executor pool) {
        if (queued.compareAndSet(false, true)) {
            try {
                pool.execute(this::look);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private synchronized void look() {
        queued.set(false);
        if (onEnd == null) {
            return;
        }
        if (sink.isClosed() || System.nanoTime() - endsAt > 0) {
            end();
            return;
        }
        try {
            List<LiveEvent> events = news.get();
            if (events.isEmpty()) {
                send(sse.newEventBuilder().comment("still here"));
            }
            for (LiveEvent event : events) {
                send(sse.newEventBuilder().name(event.name()).data(event.data()));
            }
        } catch (CompletionException | IllegalStateException gone) {
            end(); // the page was closed
        } catch (RuntimeException failed) {
            LOG.warn("A live stream ended on an error; the page reconnects", failed);
            end();
        }
    }

    private void send(OutboundSseEvent.Builder event) {
        if (!opened) {
            event.reconnectDelay(RETRY.toMillis());
            opened = true;
        }
        sink.send(event.build()).toCompletableFuture().join();
    }

    private void end() {
        if (checks != null) {
            checks.cancel(false);
        }
        try {
            sink.close();
        } catch (RuntimeException alreadyGone) {
            // the connection is closed either way
        }
        onEnd.run();
        onEnd = null;
    }
}
