package kz.sabaq.core.boot;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.sabaq.core.web.AddressRange;
import kz.sabaq.core.web.Application;
import kz.sabaq.core.web.Errors;
import kz.sabaq.core.web.MovedPaths;
import kz.sabaq.core.web.PageHeaders;
import kz.sabaq.core.web.PageRenderer;
import kz.sabaq.core.web.PageWriter;
import kz.sabaq.core.web.QuickRoutes;
import kz.sabaq.core.web.RequestSizeFilter;
import kz.sabaq.core.web.ViewerFilter;
import kz.sabaq.core.web.Viewers;
import kz.sabaq.core.web.WebServer;
import org.glassfish.jersey.server.ResourceConfig;

/** The web server over the modules' resources: who is asking, pages, errors, moved paths and the quick routes. */
final class WebFront {

    /** Starts serving; the caller closes the returned server. */
    static WebServer serve(Infrastructure core, Collection<List<Object>> resources, Map<String, String> movedPaths) {
        Viewers viewers = new Viewers(core.sessions(), core.roles(), core.catalog(), core.staffUnits());
        PageRenderer pages = new PageRenderer(core.templates(), core.messages(), core.navigation(), core.profile().name,
                core.notifications()::unread);
        ResourceConfig application = Application.of(new RequestSizeFilter(core.config().server.maxRequestBytes),
                new ViewerFilter(viewers, core.sessions(), core.cookies()), new PageHeaders(core.security()),
                new PageWriter(pages),
                new Errors(core.messages()), resources).register(new MovedPaths(movedPaths));
        WebServer web = new WebServer(core.config().server.host, core.config().server.port,
                core.config().server.trustedProxies.stream().map(AddressRange::parse).toList(), application,
                new QuickRoutes(core.wiring().quickRoutes(), viewers, pages, core.security()));
        web.start();
        return web;
    }

    private WebFront() {
    }
}
