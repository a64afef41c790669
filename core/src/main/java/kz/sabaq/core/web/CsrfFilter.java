package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Every state-changing request carries the viewer's CSRF token: the {@code X-CSRF-Token} header
 * (scripts, API), the {@code _csrf} form field (pages), or, for multipart uploads only (whose body
 * is not read here), a {@code _csrf} query parameter: anywhere else a token in the address could
 * leak through logs, history and Referer.
 */
@Priority(Priorities.AUTHORIZATION + 10)
public final class CsrfFilter implements ContainerRequestFilter {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Request property: the urlencoded form's fields, for showing a refused form again. */
    public static final String SUBMITTED = "kz.sabaq.submittedForm";
    /** Posted by conference platforms' servers, which hold no session: each platform checks their signature. */
    private static final String PLATFORM_CALLBACKS = "conference/callback/";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getUriInfo().getPath().startsWith(PLATFORM_CALLBACKS)) {
            return;
        }
        Viewer viewer = ViewerInjection.of(request);
        String sent = request.getHeaderString(HEADER);
        if (sent == null && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            ContainerRequest jersey = (ContainerRequest) request;
            jersey.bufferEntity();
            MultivaluedMap<String, String> fields = jersey.readEntity(Form.class).asMap();
            request.setProperty(SUBMITTED, fields);
            sent = fields.getFirst(FIELD);
        }
        if (sent == null && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            sent = request.getUriInfo().getQueryParameters().getFirst(FIELD);
        }
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                viewer.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new UserError(403, "core.error.csrf");
        }
    }
}
