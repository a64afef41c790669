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

    private final PageRenderer pages;

    public ViewRenderingFilter(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof View view) {
            Viewer viewer = Errors.viewerOf(request.getSecurityContext());
            String html = pages.render(view, viewer, "/" + request.getUriInfo().getPath());
            response.setEntity(html, new Annotation[0], HTML);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        } else if (response.getEntity() instanceof LightView view) {
            Viewer viewer = Errors.viewerOf(request.getSecurityContext());
            String html = pages.render(view, viewer, "/" + request.getUriInfo().getPath());
            response.setEntity(html, new Annotation[0], HTML);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        SecurityHeaders.ALL.forEach(response.getHeaders()::putSingle);
    }
}
