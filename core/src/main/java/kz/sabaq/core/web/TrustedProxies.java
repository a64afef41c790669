package kz.sabaq.core.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The client's real address behind a reverse proxy (the TLS proxy the README describes). Only a
 * request whose connection comes from one of {@code server.trustedProxies} has its
 * {@code X-Forwarded-For} believed: the header is read from the right, skipping the trusted proxies
 * themselves, and the first other address becomes the request's remote address for everything
 * downstream (login throttling, attendance networks). From anywhere else the header is ignored,
 * since any client can write it.
 */
final class TrustedProxies implements HttpConfiguration.Customizer {
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> proxies;

    TrustedProxies(List<AddressRange> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        if (proxies.isEmpty() || !(peer instanceof InetSocketAddress inet) || !trusted(inet.getAddress())) {
            return request;
        }
        return client(request.getHeaders().getCSV(FORWARDED_FOR, false))
                .map(address -> withRemote(request, new InetSocketAddress(address, inet.getPort())))
                .orElse(request);
    }

    private Optional<InetAddress> client(List<String> hops) {
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(hops.get(i));
            if (hop.isEmpty() || !trusted(hop.get())) {
                return hop;
            }
        }
        return Optional.empty();
    }

    private boolean trusted(InetAddress address) {
        return proxies.stream().anyMatch(p -> p.contains(address));
    }

    private static Request withRemote(Request request, InetSocketAddress remote) {
        ConnectionMetaData meta = new ConnectionMetaData.Wrapper(request.getConnectionMetaData()) {
            @Override
            public SocketAddress getRemoteSocketAddress() {
                return remote;
            }
        };
        return new Request.Wrapper(request) {
            @Override
            public ConnectionMetaData getConnectionMetaData() {
                return meta;
            }
        };
    }
}
