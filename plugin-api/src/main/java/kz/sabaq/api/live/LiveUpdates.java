package kz.sabaq.api.live;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Live pages of a module's objects, e.g. a class session or an exam slot: Server-Sent Events
 * streams that look for news at once when something in the object changes on this node, and every
 * so often for changes made on other nodes (which reach a stream through the database). Each module
 * gets its own from {@code ModuleWiring.live()}, so object ids of different modules never meet.
 *
 * <pre>{@code
 * @GET @Path("{id}/events") @Produces(MediaType.SERVER_SENT_EVENTS) @RequiresCapability(VIEW)
 * public void events(@PathParam("id") long id, @Context Viewer viewer, @Context SseEventSink sink, @Context Sse sse) {
 *     access.view(viewer, id);                       // refusals before the stream opens
 *     live.stream(id, Duration.ofSeconds(10), sink, sse, new MarkNews(id));
 * }
 * // elsewhere, after the commit:  live.changed(id);
 * }</pre>
 */
public interface LiveUpdates {

    /** Something in the object changed (call it after the commit): its open streams on this node look at once. */
    void changed(long objectId);

    /**
     * Serves one page's stream of the object and returns at once. {@code news} is asked at once,
     * whenever the object changes on this node and at least every {@code checkEvery}; what it
     * answers is sent, and an empty answer keeps the connection alive. One stream's calls never
     * overlap, so a stream's {@code news} may keep what it has already sent. A stream ends after a
     * few minutes, or when the page is closed; the browser's {@code EventSource} reconnects by itself.
     */
    void stream(long objectId, Duration checkEvery, SseEventSink sink, Sse sse, Supplier<List<LiveEvent>> news);
}
