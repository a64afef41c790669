package kz.sabaq.core.web;

import java.lang.reflect.Method;

/** A resource method that declares no access, or more than one: the application refuses to start. */
public final class UndeclaredAccess extends IllegalStateException {
    UndeclaredAccess(Method method) {
        super("Resource method " + method.getDeclaringClass().getName() + "." + method.getName()
                + " must declare exactly one of @RequiresCapability, @AnyUser or @PublicAccess");
    }
}
