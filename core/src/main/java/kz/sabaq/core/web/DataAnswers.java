package kz.sabaq.core.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Whether a resource method answers scripts rather than people: everything it declares it produces
 * (its own {@code @Produces}, else its class's) is JSON or a live event stream. Such a method keeps
 * a 401 for a visitor without a session and its errors are JSON; any other answer may be a page.
 */
final class DataAnswers {
    private static final MediaType EVENT_STREAM = MediaType.valueOf(MediaType.SERVER_SENT_EVENTS);

    static boolean declaredBy(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        if (produces == null) {
            return false;
        }
        return Arrays.stream(produces.value())
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(type -> MediaType.valueOf(type.trim()))
                .allMatch(DataAnswers::data);
    }

    private static boolean data(MediaType type) {
        return !type.isWildcardType() && !type.isWildcardSubtype()
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json")
                || EVENT_STREAM.isCompatible(type));
    }

    private DataAnswers() {
    }
}
