package kz.sabaq.core.live;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import kz.sabaq.api.live.LiveEvent;
import kz.sabaq.api.live.LiveUpdates;

/** One module's open live streams, by the object they show; only watched objects are tracked. */
public final class LiveChannel implements LiveUpdates {
    private final ScheduledExecutorService pool;
    private final Map<Long, Set<OpenStream>> open = new ConcurrentHashMap<>();

    LiveChannel(ScheduledExecutorService pool) {
        this.pool = pool;
    }

    @Override
    public void changed(long objectId) {
        Set<OpenStream> streams = open.get(objectId);
        if (streams != null) {
            streams.forEach(s -> s.lookSoon(pool));
        }
    }

    @Override
    public void stream(long objectId, Duration checkEvery, SseEventSink sink, Sse sse, Supplier<List<LiveEvent>> news) {
        OpenStream stream = new OpenStream(sink, sse, news);
        open.compute(objectId, (id, streams) -> {
            Set<OpenStream> all = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            all.add(stream);
            return all;
        });
        stream.start(pool, checkEvery, () -> forget(objectId, stream));
    }

    private void forget(long objectId, OpenStream stream) {
        open.computeIfPresent(objectId, (id, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }
}
