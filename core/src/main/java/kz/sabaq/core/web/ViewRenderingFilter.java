package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.Page;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/**
 * Turns a {@link kz.sabaq.api.web.View}, {@link kz.sabaq.api.web.LightView} or {@link RefusedForm} returned by a
 * resource (or an error mapper) into the finished HTML page.
 */
@Priority(5000)
public final class ViewRenderingFilter implements ContainerResponseFilter {
    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    static final String PRIVATE = "private, no-store";

    private final PageRenderer pages;
    private final SecurityHeaders headers;

    public ViewRenderingFilter(PageRenderer pages, SecurityHeaders headers) {
        this.pages = pages;
        this.headers = headers;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof RefusedForm refused && request.getHeaderString(CsrfFilter.HEADER) != null) {
            // a script sent the form: it reads the error as every script does, not a page
            UserError error = refused.errors().get(0);
            response.setEntity(Map.of("error", error.messageKey(),
                    "message", pages.message(error, Errors.viewerOf(request.getSecurityContext()))),
                    new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        } else if (entity instanceof Page || entity instanceof RefusedForm) {
            Viewer viewer = Errors.viewerOf(request.getSecurityContext());
            String path = "/" + request.getUriInfo().getPath();
            String html = entity instanceof RefusedForm refused ? pages.render(refused, viewer, path, submitted(request))
                    : pages.render((Page) entity, viewer, path);
            response.setEntity(html, new Annotation[0], HTML);
        }
        // Pages, downloads (answer and ticket files) and exports are someone's own: no cache keeps
        // them. Static files say how long they may be kept.
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", PRIVATE);
        }
        headers.all().forEach(response.getHeaders()::putSingle);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> submitted(ContainerRequestContext request) {
        Object form = request.getProperty(CsrfFilter.SUBMITTED);
        return form instanceof Map<?, ?> fields ? (Map<String, List<String>>) fields : Map.of();
    }
}
