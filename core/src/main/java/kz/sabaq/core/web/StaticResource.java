package kz.sabaq.core.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.UserError;

/**
 * Stylesheets, scripts and images: the theme chain first, then the owning component's
 * {@code static/} folder ({@code /static/<component>/…}).
 */
@Path("/static")
public final class StaticResource {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");

    private final Theme theme;
    private final Map<String, ClassLoader> components;

    public StaticResource(Theme theme, Map<String, ClassLoader> components) {
        this.theme = theme;
        this.components = components;
    }

    @GET
    @Path("{file: .+}")
    @PublicAccess
    public Response file(@PathParam("file") String file) throws java.io.IOException {
        if (file.contains("..") || file.contains("\\")) {
            throw UserError.notFound();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) {
            throw UserError.notFound();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        var themed = theme.find("static/" + file);
        if (themed.isPresent()) {
            return Response.ok(Files.readAllBytes(themed.get()), type).cacheControl(cache).build();
        }
        int slash = file.indexOf('/');
        ClassLoader owner = slash > 0 ? components.get(file.substring(0, slash)) : null;
        if (owner != null) {
            try (InputStream in = owner.getResourceAsStream("static/" + file)) {
                if (in != null) {
                    return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
                }
            }
        }
        throw UserError.notFound();
    }
}
