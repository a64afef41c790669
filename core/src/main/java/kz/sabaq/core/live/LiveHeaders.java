package kz.sabaq.core.live;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;

/**
 * A live stream is never stored, and a proxy in front (nginx buffers answers by default) passes
 * each event on at once.
 */
public final class LiveHeaders implements ContainerResponseFilter {
    private static final MediaType EVENT_STREAM = MediaType.valueOf(MediaType.SERVER_SENT_EVENTS);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getMediaType() != null && EVENT_STREAM.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("X-Accel-Buffering", "no");
        }
    }
}
