package kz.sabaq.core.web;

import java.util.function.Function;

/**
 * What every page's template may read besides its own model, in the light layout too: {@code {{#t}}key{{/t}}}
 * translation, the language, the CSRF token, the page's path, who is logged in, the institution and the title.
 */
public record PageScope(Function<String, String> t, String lang, String csrf, String path, boolean loggedIn,
                        String userName, String institution, String title) {
}
