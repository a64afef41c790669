package kz.sabaq.core.web;

import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** Jetty 12 (ee10) serving one Jersey application, behind the modules' quick routes. */
public final class WebServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    /** Jersey behind the modules' quick routes, which answer their busiest links first. */
    public WebServer(String host, int port, List<AddressRange> trustedProxies, ResourceConfig application,
                     QuickRoutes quickRoutes) {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // No "Server: Jetty(…)" banner, and no "Powered by Jetty" on Jetty's own error pages.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.addCustomizer(new TrustedProxies(trustedProxies));
        // Jetty keeps a connection's repeated header values in a small cache that it empties
        // whenever it fills. Cookies that change with answers (the session's, a browser's memory of
        // its attendance marks) would refill and empty it on every request of a keep-alive client.
        http.setHeaderCacheSize(0);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder jersey = new ServletHolder(new ServletContainer(application));
        // Jersey builds its resource model as the server starts, not on the first request, so a
        // resource method without an access declaration (AccessCheck) stops the start-up.
        jersey.setInitOrder(0);
        // Live pages (Server-Sent Events) answer after their resource method has returned.
        jersey.setAsyncSupported(true);
        context.addServlet(jersey, "/*");
        quickRoutes.setHandler(context);
        server.setHandler(quickRoutes);
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception stopping) {
                e.addSuppressed(stopping);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UndeclaredAccess undeclared) {
                    throw undeclared;
                }
            }
            throw new IllegalStateException("Cannot serve on port " + connector.getPort() + ": " + e.getMessage(), e);
        }
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        }
    }
}
