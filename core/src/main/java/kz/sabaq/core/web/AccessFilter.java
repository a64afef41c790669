package kz.sabaq.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.reflect.Method;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deny by default: a resource method is reached only when it declares its access and the viewer
 * satisfies it. A visitor who is not logged in (or whose session ended) and opens a page is sent to
 * the login page and brought back after; a script's call (the API, JSON, a live event stream) gets
 * 401, which the script can handle where a login page could not be.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AccessFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Access declared = Access.of(method);
        if (declared == Access.NONE) {
            // Jersey answers OPTIONS itself, with a method of its own: refused, but no developer's omission.
            if (!"OPTIONS".equals(request.getMethod())) {
                LOG.error("Refused {}: {}.{} declares no access annotation", request.getUriInfo().getPath(),
                        method.getDeclaringClass().getName(), method.getName());
            }
            throw UserError.forbidden();
        }
        if (declared == Access.PUBLIC) {
            return;
        }
        Viewer viewer = ViewerInjection.of(request);
        if (!viewer.loggedIn()) {
            if (opensAPage(request, method)) {
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
        if (declared == Access.CAPABILITY && !viewer.can(method.getAnnotation(RequiresCapability.class).value())) {
            throw UserError.forbidden();
        }
    }

    /**
     * A browser opening an address: a link, a bookmark, the address typed in. Browsers name
     * text/html or accept anything ({@code *}{@code /*}); a script's fetch asks for JSON and an
     * event source for {@code text/event-stream}, and neither is answered with a page.
     */
    private static boolean opensAPage(ContainerRequestContext request, Method method) {
        boolean reads = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        return reads && !request.getUriInfo().getPath().startsWith("api/") && !DataAnswers.declaredBy(method)
                && Negotiation.asked(request).stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    /** What a resource method declares; used at run time and by the build's access test. */
    public enum Access {
        NONE, PUBLIC, ANY_USER, CAPABILITY;

        public static Access of(Method method) {
            int count = 0;
            Access found = NONE;
            if (method.isAnnotationPresent(PublicAccess.class)) {
                count++;
                found = PUBLIC;
            }
            if (method.isAnnotationPresent(AnyUser.class)) {
                count++;
                found = ANY_USER;
            }
            if (method.isAnnotationPresent(RequiresCapability.class)) {
                count++;
                found = CAPABILITY;
            }
            return count == 1 ? found : NONE;
        }
    }
}
