package kz.sabaq.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import kz.sabaq.bench.UnexpectedResponse;

/**
 * One virtual user's browser: its own keep-alive HTTP/1.1 connection and its own cookie jar, which
 * {@link #forgetCookies()} empties to become a new visitor. Redirects are not followed: a scenario
 * checks each answer itself. Not thread-safe; one virtual user uses it.
 *
 * <p>Requests go through Apache HttpClient's classic (blocking) client on the virtual user's own
 * thread: the load generator shares the machine with the server it measures, and a blocking
 * exchange costs it about a third of what the JDK's asynchronous {@code java.net.http} client did.
 */
public final class Browser {
    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final CloseableHttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(URI base, Duration timeout) {
        this.base = base;
        Timeout limit = Timeout.of(timeout);
        BasicHttpClientConnectionManager connection = new BasicHttpClientConnectionManager();
        // A connection idle for a while (a student who logged in early while the others still log
        // in) may have been closed by the server: checked before reuse, never during a busy run.
        connection.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit)
                .setValidateAfterInactivity(TimeValue.ofSeconds(2)).build());
        this.http = HttpClients.custom()
                .setConnectionManager(connection)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .setRetryStrategy(new ClosedKeepAlive())
                .disableContentCompression()
                .build();
    }

    /** An answer, read whole (so the connection can be reused). */
    public record Page(String method, String path, int status, String body, Map<String, List<String>> headers) {

        /** This page when its status is {@code expected}, else an {@link UnexpectedResponse}. */
        public Page expect(int expected) throws UnexpectedResponse {
            if (status != expected) {
                throw UnexpectedResponse.status(status, method, path, "expected " + expected + ", body starts "
                        + body.substring(0, Math.min(120, body.length())).replaceAll("\\s+", " "));
            }
            return this;
        }

        /** The value of a form's hidden field, such as {@code _csrf}. */
        public String hiddenField(String name) throws UnexpectedResponse {
            Matcher m = HIDDEN.matcher(body);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return m.group(2);
                }
            }
            throw new UnexpectedResponse("no " + name + " field on " + method + " " + path, "status " + status);
        }
    }

    public Page get(String path) throws IOException, InterruptedException {
        return send("GET", path, request(new HttpGet(base.resolve(path)), "text/html"));
    }

    /** Posts an {@code application/x-www-form-urlencoded} form with exactly these fields. */
    public Page postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpPost post = request(new HttpPost(base.resolve(path)), "text/html");
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
        return send("POST", path, post);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Becomes a new visitor: no session, no CSRF cookie, no language. */
    public void forgetCookies() {
        cookies.clear();
    }

    private <R extends HttpUriRequestBase> R request(R request, String accept) {
        request.setHeader("Accept", accept);
        if (!cookies.isEmpty()) {
            request.setHeader("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return request;
    }

    private Page send(String method, String path, HttpUriRequestBase request) throws IOException {
        return http.execute(request, response -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
            }
            headers.getOrDefault("set-cookie", List.of()).forEach(this::keep);
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return new Page(method, path, response.getCode(), body, headers);
        });
    }

    /** Stores or drops one {@code Set-Cookie}; path and domain are ignored, the bench talks to one server. */
    private void keep(String setCookie) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
            if (attribute.equals("max-age=0")) {
                expired = true;
            }
        }
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** A script's JSON request: no body, {@code Accept: application/json}, the CSRF token as a header. */
    public Page postJson(String path, String csrfToken) throws IOException, InterruptedException {
        HttpPost post = request(new HttpPost(base.resolve(path)), "application/json");
        post.setHeader("X-CSRF-Token", csrfToken);
        return send("POST", path, post);
    }

    /** A script's form post: the fields urlencoded, {@code Accept: application/json}, the CSRF token as a header. */
    public Page postScriptForm(String path, Map<String, String> fields, String csrfToken) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpPost post = request(new HttpPost(base.resolve(path)), "application/json");
        post.setHeader("X-CSRF-Token", csrfToken);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
        return send("POST", path, post);
    }

    /** A script's JSON read, {@code Accept: application/json}. */
    public Page getJson(String path) throws IOException, InterruptedException {
        return send("GET", path, request(new HttpGet(base.resolve(path)), "application/json"));
    }

    /**
     * Posts a {@code multipart/form-data} form: the text fields, then one file part, streamed onto
     * the connection with its length declared. The CSRF token goes in the path's query
     * ({@code ?_csrf=…}), as pages do for uploads.
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, Upload file)
            throws IOException, InterruptedException {
        String boundary = "----sabaq-bench-" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        HttpPost post = request(new HttpPost(base.resolve(path)), "text/html");
        post.setEntity(new MultipartBody(head.toString().getBytes(StandardCharsets.UTF_8), file,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII),
                ContentType.create("multipart/form-data").withParameters(new BasicNameValuePair("boundary", boundary))));
        return send("POST", path, post);
    }
}
