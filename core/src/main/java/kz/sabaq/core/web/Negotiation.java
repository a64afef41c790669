package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Content negotiation never refuses a request. A page's script asks for {@code application/json}
 * from an action declared with its page's {@code text/html} (a draft's 204, a redirect), a beacon
 * asks for anything; Jersey would answer such a mismatch 406 and the script would lose what it
 * sent. Every {@code Accept} list therefore also takes anything at the lowest preference: a method
 * that produces what the caller prefers still wins, and otherwise the matching method answers with
 * its own type, as HTTP allows (RFC 9110, 12.5.1).
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class Negotiation implements ContainerRequestFilter {
    private static final String LAST_RESORT = "*/*;q=0.001";
    private static final String ASKED = "sabaq.accept.asked";

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && !accept.isBlank() && !accept.contains("*/*")) {
            request.setProperty(ASKED, List.copyOf(request.getAcceptableMediaTypes()));
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + LAST_RESORT);
        }
    }

    /** The media types the caller itself named, before the last resort was added. */
    @SuppressWarnings("unchecked")
    static List<MediaType> asked(ContainerRequestContext request) {
        Object asked = request.getProperty(ASKED);
        return asked != null ? (List<MediaType>) asked : request.getAcceptableMediaTypes();
    }
}
