package kz.sabaq.api.access;

import kz.sabaq.api.academic.Stream;
import kz.sabaq.api.web.Viewer;

/** Capability checks in an object's own context. */
public interface Access {

    /** True when one of the viewer's roles grants the capability and its restrictions admit the scope. */
    boolean allows(Viewer viewer, String capability, Scope scope);

    /**
     * Whether the viewer sees a stream in a module: its own teacher with the module's {@code own}
     * capability, or anyone with its {@code all} capability, each in the stream's scope.
     */
    default boolean seesStream(Viewer viewer, Stream stream, String own, String all) {
        return stream.teacherId() == viewer.userId() && allows(viewer, own, stream.scope())
                || allows(viewer, all, stream.scope());
    }

    /** Throws a 403 {@link kz.sabaq.api.web.UserError} unless {@link #allows} holds. */
    default void require(Viewer viewer, String capability, Scope scope) {
        if (!allows(viewer, capability, scope)) {
            throw kz.sabaq.api.web.UserError.forbidden();
        }
    }
}
