package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a request under a path a module moved from with 308 Permanent Redirect to the same
 * place under the new path. 308, not 301: the method and body are kept, so an old form's POST
 * still arrives as a POST; and printed QR codes and bookmarks keep working.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class MovedPaths implements ContainerRequestFilter {
    private final Map<String, String> moved = new LinkedHashMap<>();

    /** @param moved old path to new path; the longest old path that matches wins */
    public MovedPaths(Map<String, String> moved) {
        moved.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> this.moved.put(ModuleRoot.normalize(e.getKey()), ModuleRoot.normalize(e.getValue())));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath(false);
        for (Map.Entry<String, String> e : moved.entrySet()) {
            String from = e.getKey();
            if (path.equals(from) || path.startsWith(from + "/")) {
                String query = request.getUriInfo().getRequestUri().getRawQuery();
                String to = e.getValue() + path.substring(from.length()) + (query == null ? "" : "?" + query);
                request.abortWith(Response.status(308).location(URI.create(to)).build());
                return;
            }
        }
    }
}
