package kz.sabaq.core.web;

import java.util.Collection;
import java.util.List;
import kz.sabaq.core.live.LiveHeaders;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application: the request pipeline in order — size limit, lenient content negotiation,
 * who is asking, deny by default, CSRF, answer headers, translated errors, pages written as HTML — and every module's
 * resources.
 */
public final class Application {

    public static ResourceConfig of(RequestSizeFilter size, ViewerFilter viewer, PageHeaders headers, PageWriter pages,
                                    Errors errors,
                                    Collection<List<Object>> resources) {
        ResourceConfig application = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(JacksonFeature.class)
                .register(MultiPartFeature.class)
                .register(size)
                .register(Negotiation.class)
                .register(viewer)
                .register(new ViewerInjection())
                .register(AccessCheck.class)
                .register(CsrfFilter.class)
                .register(headers)
                .register(pages)
                .register(LiveHeaders.class)
                .register(errors);
        resources.forEach(list -> list.forEach(application::register));
        return application;
    }

    private Application() {
    }
}
