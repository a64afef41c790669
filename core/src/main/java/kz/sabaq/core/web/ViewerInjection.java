package kz.sabaq.core.web;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.function.Supplier;
import kz.sabaq.api.web.Viewer;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;

/**
 * Lets a resource method take {@code @Context Viewer viewer}: the person the {@link ViewerFilter}
 * found for this request. Jersey's documented way to add an injectable type ("Custom Injection and
 * Lifecycle Management"): a request-scoped supplier bound through a binder.
 */
public final class ViewerInjection extends AbstractBinder {

    @Override
    protected void configure() {
        bindFactory(RequestViewer.class).to(Viewer.class).in(RequestScoped.class);
    }

    /** The viewer of a request's security context, as {@link ViewerFilter} set it before matching. */
    public static Viewer of(ContainerRequestContext request) {
        return (Viewer) request.getSecurityContext().getUserPrincipal();
    }

    private static final class RequestViewer implements Supplier<Viewer> {
        private final Provider<ContainerRequestContext> request;

        @Inject
        RequestViewer(Provider<ContainerRequestContext> request) {
            this.request = request;
        }

        @Override
        public Viewer get() {
            return of(request.get());
        }
    }
}
