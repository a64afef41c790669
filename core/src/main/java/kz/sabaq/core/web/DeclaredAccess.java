package kz.sabaq.core.web;

import java.lang.reflect.Method;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RequiresCapability;

/** The access a resource method declares: exactly one of the three annotations, else none. */
public enum DeclaredAccess {
    NONE, PUBLIC, ANY_USER, CAPABILITY;

    public static DeclaredAccess of(Method method) {
        int count = 0;
        DeclaredAccess found = NONE;
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
