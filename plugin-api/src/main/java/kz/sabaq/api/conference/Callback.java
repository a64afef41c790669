package kz.sabaq.api.conference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request the platform's server sent to {@link PlatformContext#callbackUrl}: no user session, no CSRF
 * token, so the platform must check it itself (a signature made with its shared secret).
 *
 * @param name    the name the callback URL was made with
 * @param query   query parameters
 * @param headers header names in lower case
 */
public record Callback(String name, Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    public Optional<String> parameter(String key) {
        return Optional.ofNullable(query.get(key)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    /**
     * The platform's answer: a status, its media type and a short text.
     *
     * @param type e.g. {@code text/plain} or {@code application/json} (Zoom's URL validation answers in JSON)
     */
    public record Reply(int status, String type, String text) {
        private static final String PLAIN = "text/plain";

        /** A plain-text answer. */
        public Reply(int status, String text) {
            this(status, PLAIN, text);
        }

        /** A 200 answer whose body is this JSON text. */
        public static Reply json(String json) {
            return new Reply(200, "application/json", json);
        }

        public static Reply ok() {
            return new Reply(200, "OK");
        }

        public static Reply refused() {
            return new Reply(401, "Unauthorized");
        }
    }
}
