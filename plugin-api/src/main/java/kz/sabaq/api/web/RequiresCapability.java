package kz.sabaq.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability a resource method needs at institution level. Checks in an object's own context
 * (this stream, this session) are made inside the method with {@link kz.sabaq.api.access.Access}.
 * Every resource method carries this, {@link AnyUser} or {@link PublicAccess}; a method with none
 * stops the server from starting, with a message naming it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresCapability {
    String value();
}
