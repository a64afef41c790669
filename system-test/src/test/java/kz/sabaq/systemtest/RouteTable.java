package kz.sabaq.systemtest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.core.web.DeclaredAccess;

/**
 * Every route of core and of the loaded plugins with the access its annotations declare, as the
 * route matrix test checks it in: one line per route, {@code METHOD /path/{param} ACCESS}.
 */
record RouteTable(List<Route> routes) {
    private static final Map<Class<? extends Annotation>, String> HTTP = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");
    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    /** One route; {@code access} is PUBLIC, ANY_USER or the capability required. */
    record Route(String method, String template, String access, boolean multipart, String accept) {
        String line() {
            return method + " " + template + " " + access;
        }

        boolean isPublic() {
            return "PUBLIC".equals(access);
        }

        boolean anyUser() {
            return "ANY_USER".equals(access);
        }

        /** The template with each parameter replaced by a value its pattern accepts and no row has. */
        String samplePath() {
            Matcher m = PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(sample(m.group(2))));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static String sample(String regex) {
            if (regex == null) {
                return "x-none";
            }
            for (String candidate : new String[] {"999999999", "x-none", "9999", "x"}) {
                if (candidate.matches(regex)) {
                    return candidate;
                }
            }
            String first = regex.replaceAll("[()]", "").split("\\|")[0];
            if (first.matches(regex)) {
                return first;
            }
            throw new IllegalStateException("No sample value for {" + regex + "}");
        }
    }

    static RouteTable of(Map<String, List<Object>> resources) {
        List<Route> routes = new ArrayList<>();
        for (List<Object> list : resources.values()) {
            for (Object resource : list) {
                Class<?> type = resource.getClass();
                String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
                for (Method m : type.getMethods()) {
                    HTTP.forEach((annotation, verb) -> {
                        if (m.isAnnotationPresent(annotation)) {
                            routes.add(new Route(verb, join(base, m), access(m), multipart(m), accept(type, m)));
                        }
                    });
                }
            }
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        return new RouteTable(List.copyOf(routes));
    }

    List<String> lines() {
        return routes.stream().map(Route::line).toList();
    }

    private static String join(String base, Method m) {
        String own = m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "";
        String path = ("/" + base + "/" + own).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String access(Method m) {
        DeclaredAccess access = DeclaredAccess.of(m);
        return access == DeclaredAccess.CAPABILITY ? m.getAnnotation(RequiresCapability.class).value() : access.name();
    }

    private static boolean multipart(Method m) {
        return m.isAnnotationPresent(Consumes.class)
                && Arrays.asList(m.getAnnotation(Consumes.class).value()).contains(MediaType.MULTIPART_FORM_DATA);
    }

    /** What to ask for: HTML when the route makes pages, else the first type it makes. */
    private static String accept(Class<?> type, Method m) {
        Produces produces = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        if (produces == null) {
            return "*/*";
        }
        List<String> types = Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .toList();
        return types.stream().anyMatch(t -> t.startsWith(MediaType.TEXT_HTML)) ? MediaType.TEXT_HTML : types.get(0);
    }
}
