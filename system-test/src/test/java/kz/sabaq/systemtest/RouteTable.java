package kz.sabaq.systemtest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route of core and of the loaded plugins with the access its annotations declare (core's
 * {@link kz.sabaq.core.web.RouteTable}), as the route matrix test checks it in: one line per
 * route, {@code METHOD /path/{param} ACCESS}, and how to ask it (form or multipart, what to accept).
 */
record RouteTable(List<Route> routes) {
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
        return new RouteTable(kz.sabaq.core.web.RouteTable.of(resources).routes().stream()
                .map(r -> new Route(r.method(), r.path(), r.access(), multipart(r.handler()),
                        accept(r.handler().getDeclaringClass(), r.handler())))
                .sorted(Comparator.comparing(Route::template).thenComparing(Route::method)).toList());
    }

    List<String> lines() {
        return routes.stream().map(Route::line).toList();
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
