package kz.sabaq.core.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in over real HTTP: keeps cookies, picks up the CSRF token from the last page and
 * sends it with every form, does not follow redirects (tests assert them).
 */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestServer server;
    private final HttpClient http;
    private final CookieManager cookies = new BehindTls();
    private String csrf;
    private String forwardedFor;

    WebClient(TestServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Tests talk plain HTTP to the server, as the TLS proxy in front of it does; the browser behind
     * that proxy speaks HTTPS and sends back the cookies marked Secure (they are whenever the public
     * address is https). This store keeps them so too; a test reads the flag on Set-Cookie itself.
     */
    private static final class BehindTls extends CookieManager {
        BehindTls() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> plain = new java.util.HashMap<>(headers);
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    plain.put(name, values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList());
                }
            });
            super.put(uri, plain);
        }
    }

    public record Page(int status, String body, java.net.http.HttpHeaders headers) {
        public String location() {
            return headers.firstValue("Location").map(l -> URI.create(l).getRawPath()
                    + (URI.create(l).getRawQuery() == null ? "" : "?" + URI.create(l).getRawQuery())).orElse(null);
        }

        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "text/html").GET().build());
    }

    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", "application/json").GET().build());
    }

    /** Posts a form with the current CSRF token (fetching the login page first when there is none). */
    public Page post(String path, Map<String, String> form) {
        if (csrf == null) {
            get("/login");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields);
    }

    /**
     * Posts a form whose fields may repeat, in their order, with the current CSRF token first
     * (fetching the login page first when there is none) unless the form has its own.
     */
    public Page post(String path, FormFields form) {
        if (form.has("_csrf")) {
            return postRaw(path, form);
        }
        if (csrf == null) {
            get("/login");
        }
        return postRaw(path, FormFields.of("_csrf", csrf).addAll(form));
    }

    /** Posts exactly these fields (no CSRF token added). */
    public Page postRaw(String path, Map<String, String> fields) {
        FormFields form = FormFields.of();
        fields.forEach(form::add);
        return postRaw(path, form);
    }

    /** Posts exactly these fields, repeated ones too (no CSRF token added). */
    public Page postRaw(String path, FormFields form) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded())).build());
    }

    /**
     * Posts a multipart form as the pages do: the current CSRF token in the action's query (the
     * body is read after the token is checked), fetching the login page first when there is none.
     */
    public Page postMultipart(String path, MultipartForm form) {
        if (csrf == null) {
            get("/login");
        }
        return postMultipartRaw(path + (path.contains("?") ? "&" : "?") + "_csrf=" + FormFields.encode(csrf), form);
    }

    /** Posts a multipart form to exactly this path (no CSRF token added). */
    public Page postMultipartRaw(String path, MultipartForm form) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Accept", "text/html")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
    }

    /** Sends every later request with this {@code X-Forwarded-For}, as a reverse proxy would. */
    public WebClient forwardedFor(String address) {
        forwardedFor = address;
        return this;
    }

    public Page send(HttpRequest request) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", forwardedFor).build();
        }
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return new Page(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in with {@link TestServer#PASSWORD}; returns the response (303 on success). */
    public Page login(String iin) {
        return login(iin, TestServer.PASSWORD);
    }

    public Page login(String iin, String password) {
        get("/login");
        Page p = post("/login", Map.of("iin", iin, "password", password, "return", "/"));
        if (p.status() == 303) {
            get("/");
        }
        return p;
    }

    public String csrf() {
        return csrf;
    }

    public HttpClient http() {
        return http;
    }

    public String url(String path) {
        return server.url(path);
    }

    /** The value of a cookie this browser keeps, if it keeps one by that name. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Keeps a cookie as if the server had set it for the path, replacing one of the same name. */
    public void setCookie(String name, String value, String path) {
        forgetCookie(name);
        URI site = URI.create(server.url("/"));
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        // CookieManager gives a cookie the server sets its host as domain: the same here, so the
        // server's next cookie of this name and path replaces this one instead of joining it.
        cookie.setDomain(site.getHost());
        cookies.getCookieStore().add(site, cookie);
    }

    /** Drops a cookie, as a user clearing it would. */
    public void forgetCookie(String name) {
        List<HttpCookie> kept = cookies.getCookieStore().getCookies();
        kept.stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }
}
