package kz.sabaq.core.testing;

import jakarta.ws.rs.core.SecurityContext;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.web.ViewerContext;

/** The security context core's viewer filter gives a plain-HTTP request by this viewer: for calling a resource method directly. */
public final class ViewerSecurityContext {
    private ViewerSecurityContext() {
    }

    public static SecurityContext of(Viewer viewer) {
        return new ViewerContext(viewer, false);
    }
}
