package kz.sabaq.api.form;

import java.net.URI;
import java.net.URISyntaxException;

/** What a {@link FormField} takes; its input and its check follow from it. */
public enum FieldType {
    BOOLEAN,
    INTEGER,
    DECIMAL,
    TEXT,
    /** An absolute http or https address with a host ({@link #isWebAddress}). */
    URL,
    /** One of {@link FormField#allowedValues()}. */
    CHOICE,
    /** Any subset of {@link FormField#allowedValues()}, stored comma-separated. */
    MULTI_CHOICE;

    /**
     * Whether a value is what a {@link #URL} field takes: an absolute http(s) address with a host. A
     * platform checks its saved server address with it too, since one saved before the check may remain.
     */
    public static boolean isWebAddress(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
