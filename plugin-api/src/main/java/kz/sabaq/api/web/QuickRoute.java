package kz.sabaq.api.web;

import java.util.Optional;

/**
 * The busiest page of a module, answered by core straight from the web server, before the JAX-RS
 * stack: no per-request injection, no filters, only the session lookup and the page. For a link
 * thousands of phones follow in the same minute, such as the one in a QR code.
 *
 * <p>A quick route is asked only about {@code GET} requests of a logged-in viewer whose path starts
 * with {@link #prefix()}. It answers the ordinary case or declines with {@link Optional#empty()};
 * whatever it declines (and any {@link UserError} it throws) goes on to the module's JAX-RS
 * resource for the same path, which must therefore serve that path with the same rules and show
 * the errors. So a route must not write anything before it is sure to answer, or its writes must
 * be safe to repeat (a claim-once insert is).
 */
public interface QuickRoute {

    /** The path prefix this route is asked about, starting and ending with {@code /}, e.g. {@code /attendance-qr/check-in/}. */
    String prefix();

    /** The answer, or empty to leave the request to the module's resources. */
    Optional<QuickAnswer> answer(QuickRequest request);
}
