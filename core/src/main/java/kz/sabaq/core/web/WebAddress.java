package kz.sabaq.core.web;

import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http(s) address with a host: what a url field or setting, a join link or a recording link must be. */
public final class WebAddress {

    public static boolean valid(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private WebAddress() {
    }
}
