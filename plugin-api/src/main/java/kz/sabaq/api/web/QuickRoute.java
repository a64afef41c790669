package kz.sabaq.api.web;

import java.util.Optional;

/**
 * The busiest page, link or press of a module, answered by core straight from the web server,
 * before the JAX-RS stack: no per-request injection, no filters, only the session lookup and the
 * answer. For a link thousands of phones follow in the same minute, such as the one in a QR code,
 * a page a whole hall opens in the same second, such as a final control's, or a button a whole
 * stream presses at once, such as a ticket tile.
 *
 * <p>A quick route is asked only about requests of a logged-in viewer whose path starts with
 * {@link #prefix()} (several routes may share one; they are asked in wiring order until one
 * answers): every {@code GET}, and a {@code POST} only when {@link #takesPosts()} says so
 * and the request carries the viewer's CSRF token in the {@code X-CSRF-Token} header (a post
 * without it goes on to the resources, which refuse it). It answers the ordinary case or declines
 * with {@link Optional#empty()}; whatever it declines (and any {@link UserError} it throws) goes on
 * to the module's JAX-RS resource for the same path, which must therefore serve that path with the
 * same rules, check the same capability and show the errors. So a route must not write anything
 * before it is sure to answer, or its writes must be safe to repeat (a claim-once insert is); and
 * it checks the capability its resource requires itself, declining when the viewer lacks it.
 */
public interface QuickRoute {

    /** The path prefix this route is asked about, starting and ending with {@code /}, e.g. {@code /attendance-qr/check-in/}. */
    String prefix();

    /**
     * Whether this route is also asked about posts (with the CSRF header) under its prefix. A post
     * is answered with {@link QuickAnswer#data} for the page's script. False unless overridden.
     */
    default boolean takesPosts() {
        return false;
    }

    /** The answer, or empty to leave the request to the module's resources. */
    Optional<QuickAnswer> answer(QuickRequest request);
}
