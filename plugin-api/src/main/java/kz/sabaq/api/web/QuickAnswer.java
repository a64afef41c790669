package kz.sabaq.api.web;

import jakarta.ws.rs.core.NewCookie;
import java.util.List;

/**
 * A quick route's answer: a light page core renders as it renders a resource's {@link LightView}
 * (same layout, translation, escaping and security headers, never cached), and cookies to set.
 */
public record QuickAnswer(LightView page, List<NewCookie> cookies) {

    public QuickAnswer {
        cookies = List.copyOf(cookies);
    }

    public static QuickAnswer of(LightView page) {
        return new QuickAnswer(page, List.of());
    }
}
