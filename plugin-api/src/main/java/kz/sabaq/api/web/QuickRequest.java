package kz.sabaq.api.web;

import java.util.Optional;

/** What a {@link QuickRoute} may know of a request: the path, the logged-in viewer, cookies and the address. */
public interface QuickRequest {

    /** The path as sent (not decoded), e.g. {@code /attendance-qr/check-in/42/in/Xy3}. */
    String path();

    /** Always logged in: anonymous requests never reach a quick route. */
    Viewer viewer();

    Optional<String> cookie(String name);

    /** The client's address, as the resources' {@code HttpServletRequest.getRemoteAddr()} gives it. */
    String remoteAddress();

    /** Whether the request came over TLS, for cookies marked {@code Secure}. */
    boolean secure();
}
