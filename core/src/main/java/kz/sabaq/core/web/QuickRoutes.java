package kz.sabaq.core.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import kz.sabaq.api.web.QuickAnswer;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.QuickRoute;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.Viewer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the modules' {@link QuickRoute}s in front of the servlet and JAX-RS stack: a {@code GET}
 * of a logged-in viewer under a route's prefix is offered to the routes of that prefix first, in
 * wiring order until one answers, and so is a {@code POST} carrying the viewer's CSRF token in its
 * header when the route takes posts; what they decline, or fail on, goes on to the resources, which
 * serve the same path with the same rules and render any error. Pages carry the same headers and
 * layout as a resource's page, data the same JSON and headers as a resource's JSON answer.
 */
public final class QuickRoutes extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(QuickRoutes.class);
    private static final RuntimeDelegate.HeaderDelegate<NewCookie> SET_COOKIE =
            RuntimeDelegate.getInstance().createHeaderDelegate(NewCookie.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Request attribute: the session's viewer (an {@code Optional<Viewer>}) as a quick route's prefix
     * made this handler look it up. Under a broad prefix (a stream's pages, its answers and beats)
     * most requests are declined, and {@link ViewerFilter} takes it instead of a second lookup.
     */
    static final String VIEWER = "kz.sabaq.quickRoutes.viewer";

    private final List<QuickRoute> routes;
    private final Viewers viewers;
    private final PageRenderer pages;
    private final SecurityHeaders security;

    public QuickRoutes(List<QuickRoute> routes, Viewers viewers, PageRenderer pages, SecurityHeaders security) {
        this.routes = List.copyOf(routes);
        this.viewers = viewers;
        this.pages = pages;
        this.security = security;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Optional<Served> served = HttpMethod.GET.is(request.getMethod()) || HttpMethod.POST.is(request.getMethod())
                ? route(request) : Optional.empty();
        if (served.isEmpty()) {
            // Set here as well, so that even Jetty's own answers (a malformed address) carry them.
            security.all().forEach(response.getHeaders()::put);
            return super.handle(request, response, callback);
        }
        write(served.get(), request, response, callback);
        return true;
    }

    private record Served(QuickAnswer answer, Viewer viewer, String path) {
    }

    private Optional<Served> route(Request request) {
        String path = request.getHttpURI().getPath();
        boolean post = HttpMethod.POST.is(request.getMethod());
        List<QuickRoute> asked = routes.stream().filter(r -> path.startsWith(r.prefix()) && (!post || r.takesPosts()))
                .toList();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Optional<Viewer> viewer = viewers.ofSession(cookie(request, Cookies.SESSION));
        request.setAttribute(VIEWER, viewer); // what the routes decline, ViewerFilter need not look up again
        if (viewer.isEmpty() || (post && !carriesToken(request, viewer.get()))) {
            return Optional.empty();
        }
        JettyRequest quick = new JettyRequest(request, path, viewer.get());
        for (QuickRoute route : asked) {
            Optional<QuickAnswer> answer = answer(route, quick);
            if (answer.isPresent()) {
                return Optional.of(new Served(answer.get(), viewer.get(), path));
            }
        }
        return Optional.empty();
    }

    /** The route's answer; none when it declines or fails (a refusal, an error), which the resources then answer. */
    private static Optional<QuickAnswer> answer(QuickRoute route, JettyRequest request) {
        try {
            return route.answer(request);
        } catch (UserError e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Quick route {} failed on {}; the resources answer instead", route.prefix(), request.path(), e);
            return Optional.empty();
        }
    }

    /** The same check as {@link CsrfFilter}'s for a script's post: the header, compared in constant time. */
    private static boolean carriesToken(Request request, Viewer viewer) {
        String sent = request.getHeaders().get(CsrfFilter.HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                viewer.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private void write(Served served, Request request, Response response, Callback callback) throws IOException {
        QuickAnswer answer = served.answer();
        byte[] body = answer.page() != null
                ? pages.render(answer.page(), served.viewer(), served.path()).getBytes(StandardCharsets.UTF_8)
                : JSON.writeValueAsBytes(answer.data());
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, answer.page() != null ? "text/html;charset=UTF-8" : "application/json");
        headers.put(HttpHeader.CACHE_CONTROL, PageHeaders.PRIVATE);
        security.all().forEach(headers::put);
        answer.cookies().forEach(c -> headers.add(HttpHeader.SET_COOKIE, SET_COOKIE.toString(c)));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String cookie(Request request, String name) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }

    private record JettyRequest(Request request, String path, Viewer viewer) implements QuickRequest {
        @Override
        public String method() {
            return request.getMethod();
        }

        @Override
        public Optional<String> parameter(String name) {
            return Optional.ofNullable(Request.extractQueryParameters(request).getValue(name));
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.ofNullable(QuickRoutes.cookie(request, name));
        }

        @Override
        public String remoteAddress() {
            return Request.getRemoteAddr(request);
        }

        @Override
        public boolean secure() {
            return request.isSecure();
        }
    }
}
