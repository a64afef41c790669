package kz.sabaq.core.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.access.AnonymousViewer;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a translated answer: an error page for browsers, {@code {"error", "message"}}
 * JSON for the API and scripts. Errors the user cannot cause are logged with context and shown
 * only as a generic message.
 */
public final class Errors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private final Messages messages;

    @Context
    private SecurityContext security;
    @Context
    private HttpHeaders headers;
    @Context
    private UriInfo uri;
    @Context
    private ResourceInfo resource;

    public Errors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable error) {
        UserError user = asUserError(error);
        Viewer viewer = viewerOf(security);
        String text = messages.get(Language.of(viewer.locale()), user.messageKey(), user.args());
        if (wantsJson()) {
            return Response.status(user.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", user.messageKey(), "message", text)).build();
        }
        return Response.status(user.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(View.of("core/error", "core.error.title", new ErrorPage(text, user.status())))
                .build();
    }

    private UserError asUserError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserError u) {
                return u;
            }
        }
        if (error instanceof NotFoundException) {
            return UserError.notFound();
        }
        if (error instanceof NotAllowedException) {
            return new UserError(405, "core.error.methodNotAllowed");
        }
        if (error instanceof NotSupportedException) {
            return new UserError(415, "core.error.unsupportedType");
        }
        if (error instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return new UserError(w.getResponse().getStatus(), "core.error.badRequest");
        }
        LOG.error("Unexpected failure on {} {}", uri == null ? "?" : uri.getRequestUri(), error.getMessage(), error);
        return new UserError(500, "core.error.internal");
    }

    private boolean wantsJson() {
        if (uri != null && uri.getPath().startsWith("api/")) {
            return true;
        }
        if (headers == null) {
            return false;
        }
        if (headers.getHeaderString(CsrfFilter.HEADER) != null || answersData()) {
            return true;
        }
        return headers.getAcceptableMediaTypes().stream().noneMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType())
                && headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType());
    }

    /** The request reached a method that answers only JSON or an event stream. */
    private boolean answersData() {
        try {
            return resource != null && resource.getResourceMethod() != null && DataAnswers.declaredBy(resource.getResourceMethod());
        } catch (IllegalStateException outsideRequest) {
            return false;
        }
    }

    static Viewer viewerOf(SecurityContext security) {
        try {
            if (security != null && security.getUserPrincipal() instanceof Viewer v) {
                return v;
            }
        } catch (IllegalStateException outsideRequest) {
            // no request in scope; fall through to an anonymous Kazakh viewer
        }
        return new AnonymousViewer(Language.DEFAULT.locale(), "");
    }

    /** The error page: the translated message and the status. */
    public record ErrorPage(String message, int status) {
    }
}
