package kz.sabaq.api.web;

import java.util.Optional;

/**
 * What a {@link QuickRoute} may know of a request: the method, the path and its query's
 * parameters, the logged-in viewer, cookies and the address. It carries no body: a quick post means what its path says (a press on
 * a tile), nothing more.
 */
public interface QuickRequest {

    /** {@code GET}, or {@code POST} for a route that {@linkplain QuickRoute#takesPosts() takes posts}. */
    String method();

    /** The path as sent (not decoded), e.g. {@code /attendance-qr/check-in/42/in/Xy3}. */
    String path();

    /** The first value of a query parameter, decoded (e.g. {@code saved} of {@code ?saved=draft}). */
    Optional<String> parameter(String name);

    /** Always logged in: anonymous requests never reach a quick route. */
    Viewer viewer();

    Optional<String> cookie(String name);

    /** The client's address, as the resources' {@code HttpServletRequest.getRemoteAddr()} gives it. */
    String remoteAddress();

    /** Whether the request came over TLS, for cookies marked {@code Secure}. */
    boolean secure();
}
