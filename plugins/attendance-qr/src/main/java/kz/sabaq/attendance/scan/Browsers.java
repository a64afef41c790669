package kz.sabaq.attendance.scan;

import kz.sabaq.attendance.code.MarkMemories;

/**
 * Makes the {@link Browser} of a request. Its cookies are marked Secure when the request came over
 * TLS, or when users reach the site over HTTPS ({@code server.publicUrl}) through a proxy that
 * ends TLS before Sabaq.
 */
public final class Browsers {
    private final MarkMemories memories;
    private final boolean httpsSite;

    public Browsers(MarkMemories memories, boolean httpsSite) {
        this.memories = memories;
        this.httpsSite = httpsSite;
    }

    /** @param deviceValue the device cookie's value, or null; @param memoryValue the memory cookie's, or null */
    Browser of(String deviceValue, String memoryValue, boolean requestSecure) {
        return Browser.of(deviceValue, memoryValue, httpsSite || requestSecure, memories);
    }
}
