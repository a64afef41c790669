package kz.sabaq.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sabaq.api.live.LiveEvent;
import kz.sabaq.api.live.LiveUpdates;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** A live page hears of a change on this node at once, each event as it is sent, with the stream's headers. */
class LiveUpdatesTest {

    /** Counts the changes of object 7; it checks only once an hour, so only a change can wake it. */
    @Path("/live-test/counter")
    public static final class Counter {
        final AtomicInteger count = new AtomicInteger();
        LiveUpdates live;

        @GET
        @Path("{id}/events")
        @Produces(MediaType.SERVER_SENT_EVENTS)
        @PublicAccess
        public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
            int[] sent = {-1};
            live.stream(id, Duration.ofHours(1), sink, sse, () -> {
                int now = count.get();
                if (now == sent[0]) {
                    return List.of();
                }
                sent[0] = now;
                return List.of(new LiveEvent("count", String.valueOf(now)));
            });
        }
    }

    private record CounterModule(Counter counter) implements LmsModule {
        @Override
        public String id() {
            return "live-test";
        }

        @Override
        public void wire(ModuleWiring wiring) {
            counter.live = wiring.live();
            wiring.resource(counter);
        }
    }

    @Test
    void aChangeReachesTheOpenPageAtOnceWithoutWaitingForTheNextCheck() throws Exception {
        Counter counter = new Counter();
        try (TestServer server = TestServer.builder().module(new CounterModule(counter)).start()) {
            WebClient client = server.client();
            HttpResponse<InputStream> stream = client.http().sendAsync(HttpRequest.newBuilder(
                            URI.create(client.url("/live-test/counter/7/events"))).header("Accept", MediaType.SERVER_SENT_EVENTS).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream()).get(8, TimeUnit.SECONDS);
            assertEquals(200, stream.statusCode());
            assertTrue(stream.headers().firstValue("Content-Type").orElseThrow().startsWith(MediaType.SERVER_SENT_EVENTS));
            assertEquals("no-store", stream.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("no", stream.headers().firstValue("X-Accel-Buffering").orElseThrow());
            try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                assertEquals("0", nextCount(events));

                counter.count.incrementAndGet();
                counter.live.changed(8);
                counter.live.changed(7);

                assertEquals("1", nextCount(events));
            }
        }
    }

    /** The data of the next {@code count} event; a stalled stream fails the test instead of hanging it. */
    private static String nextCount(BufferedReader events) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                boolean count = false;
                for (String line = events.readLine(); line != null; line = events.readLine()) {
                    if (line.equals("event: count")) {
                        count = true;
                    } else if (count && line.startsWith("data: ")) {
                        return line.substring("data: ".length());
                    }
                }
                throw new AssertionError("the stream ended");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(8, TimeUnit.SECONDS);
    }
}
