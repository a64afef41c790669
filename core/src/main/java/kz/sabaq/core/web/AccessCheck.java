package kz.sabaq.core.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;

/**
 * Deny by default, settled once when Jersey builds its resource model: each resource method gets
 * the check its declaration asks for, and a method that declares no access stops the start-up with
 * its name, so it can never be reached unguarded.
 */
public final class AccessCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (jerseysOwn(method)) {
            // Jersey answers OPTIONS itself, with a method of its own: no page of ours, so refused.
            context.register(new Refused(), Priorities.AUTHORIZATION);
            return;
        }
        switch (DeclaredAccess.of(method)) {
            case NONE -> throw new UndeclaredAccess(method);
            case PUBLIC -> {
            }
            case ANY_USER -> context.register(new AccessRequirement(null, !DataAnswers.declaredBy(method)),
                    Priorities.AUTHORIZATION);
            case CAPABILITY -> context.register(new AccessRequirement(method.getAnnotation(RequiresCapability.class).value(),
                    !DataAnswers.declaredBy(method)), Priorities.AUTHORIZATION);
        }
    }

    private static final class Refused implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            throw UserError.forbidden();
        }
    }

    private static boolean jerseysOwn(Method method) {
        return method.getDeclaringClass().getName().startsWith("org.glassfish.jersey.");
    }
}
