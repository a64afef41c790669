package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import kz.sabaq.api.web.UserError;

/**
 * Refuses a declared body larger than the limit before it is read, with a translated 413. Bodies
 * without a length are cut off by Jetty's size limit at the same number.
 */
@PreMatching
@Priority(100)
public final class RequestSizeFilter implements ContainerRequestFilter {
    private final long maxBytes;

    public RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw new UserError(413, "core.error.tooLarge", maxBytes / (1024 * 1024));
        }
    }
}
