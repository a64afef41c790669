package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import kz.sabaq.api.web.LightView;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;

/** Turns a {@link View} returned by a resource (or an error mapper) into the finished HTML page. */
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
        if (entity instanceof View || entity instanceof LightView) {
            Viewer viewer = Errors.viewerOf(request.getSecurityContext());
            String path = "/" + request.getUriInfo().getPath();
            String html = entity instanceof View view ? pages.render(view, viewer, path)
                    : pages.render((LightView) entity, viewer, path);
            response.setEntity(html, new Annotation[0], HTML);
        }
        // Pages, downloads (answer and ticket files) and exports are someone's own: no cache keeps
        // them. Static files say how long they may be kept.
        if (!response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", PRIVATE);
        }
        headers.all().forEach(response.getHeaders()::putSingle);
    }
}
