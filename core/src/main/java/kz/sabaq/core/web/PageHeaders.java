package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The headers of every answer: the security headers, and no cache for what has not said how long it
 * may be kept. Pages themselves are written by {@link PageWriter}.
 */
@Priority(5000)
public final class PageHeaders implements ContainerResponseFilter {
    static final String PRIVATE = "private, no-store";

    private final SecurityHeaders headers;

    public PageHeaders(SecurityHeaders headers) {
        this.headers = headers;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // Pages, downloads (answer and ticket files) and exports are someone's own: no cache keeps
        // them. Static files say how long they may be kept.
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", PRIVATE);
        }
        headers.all().forEach(response.getHeaders()::putSingle);
    }
}
