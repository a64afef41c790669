package kz.sabaq.attendance.scan;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.core.Context;
import kz.sabaq.attendance.code.MarkMemories;

/**
 * What a check-in learns from the request itself (a {@code @BeanParam}): the browser's device and
 * mark-memory cookies, whether it came over TLS, and the address it came from.
 */
public final class ScanRequest {
    @CookieParam(DeviceCookie.NAME)
    private String device;
    @CookieParam(MarkMemories.NAME)
    private String memory;
    @Context
    private HttpServletRequest http;

    Browser browser(Browsers browsers) {
        return browsers.of(device, memory, http.isSecure());
    }

    String address() {
        return http.getRemoteAddr();
    }
}
