package kz.sabaq.core.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.RequiresCapability;

/**
 * Every route of the application with the module that registered it and the access it declares,
 * read from the resources' annotations: printed at start-up and by {@code ./sabaq routes}.
 */
public record RouteTable(List<Route> routes) {
    private static final Map<Class<? extends Annotation>, String> HTTP = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");

    /**
     * One route; {@code access} is PUBLIC, ANY_USER, the capability required, or NONE when the
     * method declares none (the access filter refuses those).
     */
    public record Route(String method, String path, String module, String access, Method handler) {
    }

    /** The routes of the resources each module registered, by path, then method. */
    public static RouteTable of(Map<String, List<Object>> resourcesByModule) {
        List<Route> routes = new ArrayList<>();
        resourcesByModule.forEach((module, resources) -> resources.forEach(resource -> {
            Class<?> type = resource.getClass();
            String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
            for (Method m : type.getMethods()) {
                HTTP.forEach((annotation, verb) -> {
                    if (m.isAnnotationPresent(annotation)) {
                        String own = m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "";
                        routes.add(new Route(verb, ModuleRoot.normalize(base + "/" + own), module, access(m), m));
                    }
                });
            }
        }));
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return new RouteTable(List.copyOf(routes));
    }

    /** A table with a header and aligned columns: method, path, module, access. */
    public String format() {
        int path = Math.max("PATH".length(), routes.stream().mapToInt(r -> r.path().length()).max().orElse(0));
        int module = Math.max("MODULE".length(), routes.stream().mapToInt(r -> r.module().length()).max().orElse(0));
        String row = "%-6s  %-" + path + "s  %-" + module + "s  %s%n";
        StringBuilder out = new StringBuilder(String.format(row, "METHOD", "PATH", "MODULE", "ACCESS"));
        routes.forEach(r -> out.append(String.format(row, r.method(), r.path(), r.module(), r.access())));
        return out.toString();
    }

    private static String access(Method m) {
        DeclaredAccess access = DeclaredAccess.of(m);
        return access == DeclaredAccess.CAPABILITY ? m.getAnnotation(RequiresCapability.class).value() : access.name();
    }
}
