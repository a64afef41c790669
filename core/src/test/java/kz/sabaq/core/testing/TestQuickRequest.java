package kz.sabaq.core.testing;

import java.util.Map;
import java.util.Optional;
import kz.sabaq.api.web.QuickRequest;
import kz.sabaq.api.web.Viewer;

/** A request as core offers it to a module's quick route, for asking the route directly: no cookies, from 127.0.0.1. */
public record TestQuickRequest(String method, String path, Viewer viewer, Map<String, String> parameters)
        implements QuickRequest {

    public static TestQuickRequest get(String path, Viewer viewer) {
        return new TestQuickRequest("GET", path, viewer, Map.of());
    }

    public static TestQuickRequest post(String path, Viewer viewer) {
        return new TestQuickRequest("POST", path, viewer, Map.of());
    }

    @Override
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.empty();
    }

    @Override
    public String remoteAddress() {
        return "127.0.0.1";
    }

    @Override
    public boolean secure() {
        return false;
    }
}
