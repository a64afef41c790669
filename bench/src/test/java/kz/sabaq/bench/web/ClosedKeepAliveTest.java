package kz.sabaq.bench.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.protocol.BasicHttpContext;
import org.junit.jupiter.api.Test;

/** The bench retries only what a browser does: a GET that met a kept-alive connection closed just then, once. */
class ClosedKeepAliveTest {
    private final ClosedKeepAlive retry = new ClosedKeepAlive();
    private final IOException closed = new NoHttpResponseException("The target server failed to respond");

    @Test
    void aGetWithoutAnyAnswerIsSentOnceMore() {
        assertTrue(retry.retryRequest(new BasicHttpRequest("GET", "/"), closed, 1, new BasicHttpContext()));
        assertFalse(retry.retryRequest(new BasicHttpRequest("GET", "/"), closed, 2, new BasicHttpContext()), "once only");
    }

    @Test
    void aPostATimeoutAndAnyAnswerAreNeverRepeated() {
        assertFalse(retry.retryRequest(new BasicHttpRequest("POST", "/tiles/1"), closed, 1, new BasicHttpContext()));
        assertFalse(retry.retryRequest(new BasicHttpRequest("GET", "/"), new SocketTimeoutException(), 1, new BasicHttpContext()));
        assertFalse(retry.retryRequest(new BasicClassicHttpResponse(503), 1, new BasicHttpContext()));
    }
}
