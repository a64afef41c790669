package kz.sabaq.bench.web;

import java.io.IOException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * What a browser retries, and nothing more: a GET sent on a kept-alive connection that the server
 * closed just then (its idle timeout met the request on the way) gets no answer at all, and the
 * browser sends it once more on a new connection. A POST is never repeated, and no answer the
 * server gave (a 503 either) is.
 */
final class ClosedKeepAlive implements HttpRequestRetryStrategy {

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return execCount == 1 && exception instanceof NoHttpResponseException && "GET".equals(request.getMethod());
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        return false;
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        return TimeValue.ZERO_MILLISECONDS;
    }
}
