package kz.sabaq.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.sabaq.bench.UnexpectedResponse;

/**
 * One virtual user's browser: its own HTTP/1.1 client (so its own keep-alive connection) and its
 * own cookie jar, which {@link #forgetCookies()} empties to become a new visitor. Redirects are
 * not followed: a scenario checks each answer itself. Not thread-safe; one virtual user uses it.
 */
public final class Browser {
    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** An answer, read whole (so the connection can be reused). */
    public record Page(String method, String path, int status, String body, HttpHeaders headers) {

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
        return send("GET", path, request(path).GET());
    }

    /** Posts an {@code application/x-www-form-urlencoded} form with exactly these fields. */
    public Page postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send("POST", path, request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** Becomes a new visitor: no session, no CSRF cookie, no language. */
    public void forgetCookies() {
        cookies.clear();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return b;
    }

    private Page send(String method, String path, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        r.headers().allValues("Set-Cookie").forEach(this::keep);
        return new Page(method, path, r.statusCode(), r.body(), r.headers());
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
        return send("POST", path, request(path).setHeader("Accept", "application/json")
                .header("X-CSRF-Token", csrfToken).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A script's JSON read, {@code Accept: application/json}. */
    public Page getJson(String path) throws IOException, InterruptedException {
        return send("GET", path, request(path).setHeader("Accept", "application/json").GET());
    }

    /**
     * Posts a {@code multipart/form-data} form: the text fields, then one file part. The CSRF token
     * goes in the path's query ({@code ?_csrf=…}), as pages do for uploads.
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----sabaq-bench-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 512);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
