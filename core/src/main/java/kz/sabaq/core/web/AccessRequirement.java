package kz.sabaq.core.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;

/**
 * What one resource method needs: a logged-in viewer, and a capability when it names one. A visitor
 * who is not logged in (or whose session ended) and opens a page is sent to the login page and
 * brought back after; a script's call (the API, JSON, a live event stream) gets 401, which the
 * script can handle where a login page could not be.
 *
 * @param capability the capability at institution level, or null for any logged-in user
 * @param mayAnswerAPage false for a method that declares only JSON or an event stream
 */
record AccessRequirement(String capability, boolean mayAnswerAPage) implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Viewer viewer = ViewerInjection.of(request);
        if (!viewer.loggedIn()) {
            if (opensAPage(request)) {
                String back = request.getUriInfo().getRequestUri().getRawPath();
                String query = request.getUriInfo().getRequestUri().getRawQuery();
                if (query != null) {
                    back += "?" + query;
                }
                request.abortWith(Response.seeOther(UriBuilder.fromPath("/login").queryParam("return", back).build()).build());
                return;
            }
            throw new UserError(401, "core.error.loginRequired");
        }
        if (capability != null && !viewer.can(capability)) {
            throw UserError.forbidden();
        }
    }

    /**
     * A browser opening an address: a link, a bookmark, the address typed in. Browsers name
     * text/html or accept anything ({@code *}{@code /*}); a script's fetch asks for JSON and an
     * event source for {@code text/event-stream}, and neither is answered with a page.
     */
    private boolean opensAPage(ContainerRequestContext request) {
        boolean reads = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        return reads && mayAnswerAPage && !request.getUriInfo().getPath().startsWith("api/")
                && Negotiation.asked(request).stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE));
    }
}
