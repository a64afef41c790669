package kz.sabaq.api.web;

import jakarta.ws.rs.core.NewCookie;
import java.util.List;

/**
 * A quick route's answer: either a page core renders as it renders a resource's {@link View} or
 * {@link LightView} (same layout, translation, escaping and security headers, never cached), or,
 * for a page's script, data core writes as JSON with a status, as a resource method producing
 * {@code application/json} would; and cookies to set. Build it with {@link #of} or {@link #data}.
 *
 * @param page   the page ({@link View} or {@link LightView}), or null for a data answer
 * @param status the HTTP status: 200 for a page
 * @param data   what a script gets as JSON (a map or a record), or null for a page
 */
public record QuickAnswer(Page page, int status, Object data, List<NewCookie> cookies) {

    public QuickAnswer {
        if ((page == null) == (data == null)) {
            throw new IllegalArgumentException("a quick answer is a page or data, not both and not neither");
        }
        if (status < 200 || status > 599 || (page != null && status != 200)) {
            throw new IllegalArgumentException("a quick answer's status: 200 for a page, 200–599 for data; got " + status);
        }
        cookies = List.copyOf(cookies);
    }

    /** A page with cookies to set. */
    public QuickAnswer(Page page, List<NewCookie> cookies) {
        this(page, 200, null, cookies);
    }

    public static QuickAnswer of(Page page) {
        return new QuickAnswer(page, List.of());
    }

    /** Data for a page's script, written as JSON with this status (e.g. 200, or 409 with the news that made the press fail). */
    public static QuickAnswer data(int status, Object data) {
        return new QuickAnswer(null, status, data, List.of());
    }
}
