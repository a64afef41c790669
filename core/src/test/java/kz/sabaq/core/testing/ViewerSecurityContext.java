package kz.sabaq.core.testing;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import kz.sabaq.api.web.Viewer;

/**
 * The JAX-RS security context of a request made by the given viewer, as core's viewer filter sets
 * it: for calling a resource method directly in a test.
 */
public record ViewerSecurityContext(Viewer viewer) implements SecurityContext {

    public static SecurityContext of(Viewer viewer) {
        return new ViewerSecurityContext(viewer);
    }

    @Override
    public Principal getUserPrincipal() {
        return viewer;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.FORM_AUTH;
    }
}
