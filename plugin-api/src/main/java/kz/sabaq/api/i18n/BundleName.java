package kz.sabaq.api.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import kz.sabaq.api.academic.LocalizedName;

/**
 * The {@link LocalizedName} of an extension (a ticket strategy, a conference platform), read from
 * its plugin's own bundle {@code i18n/<bundle>_<lang>.properties} (UTF-8), so that its name is
 * translated in bundles like every other text and never written in Java.
 *
 * <pre>{@code
 * private static final LocalizedName NAME = BundleName.of(RandomTickets.class, "tickets-random", "tickets-random.name");
 * }</pre>
 */
public final class BundleName {

    private BundleName() {
    }

    /** The key's text in Kazakh, Russian and English; fails at start-up when a language lacks it. */
    public static LocalizedName of(Class<?> owner, String bundle, String key) {
        return new LocalizedName(text(owner, bundle, "kk", key), text(owner, bundle, "ru", key),
                text(owner, bundle, "en", key));
    }

    private static String text(Class<?> owner, String bundle, String language, String key) {
        String file = "i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = owner.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No " + file + " beside " + owner.getName());
            }
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            String text = texts.getProperty(key);
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(file + " has no text for " + key);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
