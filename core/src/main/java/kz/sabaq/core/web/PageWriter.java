package kz.sabaq.core.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Provider;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.Page;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Writes a {@link kz.sabaq.api.web.View}, {@link kz.sabaq.api.web.LightView} or {@link RefusedForm}
 * returned by a resource (or an error mapper) as the finished HTML page for the viewer who asked.
 * A refused form a page's script sent is answered as every script's error is: {@code {"error", "message"}}.
 */
@Produces(MediaType.TEXT_HTML)
public final class PageWriter implements MessageBodyWriter<Object> {
    private static final String HTML = "text/html;charset=UTF-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageRenderer pages;

    /** The request being answered: a provider, since the writer outlives every request. */
    @Context
    private Provider<ContainerRequest> request;

    public PageWriter(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type) || RefusedForm.class.equals(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        ContainerRequest asked = request.get();
        Viewer viewer = Errors.viewerOf(asked.getSecurityContext());
        if (entity instanceof RefusedForm refused && asked.getHeaderString(CsrfFilter.HEADER) != null) {
            UserError error = refused.errors().get(0);
            headers.putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            JSON.writeValue(out, Map.of("error", error.messageKey(), "message", pages.message(error, viewer)));
            return;
        }
        String path = "/" + asked.getUriInfo().getPath();
        String html = entity instanceof RefusedForm refused ? pages.render(refused, viewer, path, submitted(asked))
                : pages.render((Page) entity, viewer, path);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, HTML);
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> submitted(ContainerRequest request) {
        Object form = request.getProperty(CsrfFilter.SUBMITTED);
        return form instanceof Map<?, ?> fields ? (Map<String, List<String>>) fields : Map.of();
    }
}
