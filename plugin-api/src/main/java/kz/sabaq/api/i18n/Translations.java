package kz.sabaq.api.i18n;

import java.util.Locale;

/**
 * Texts in a reader's language outside a page (a CSV export, an image, a message), from the same
 * bundles and theme overrides as templates. Published by core; a module gets it with
 * {@code wiring.service(Translations.class)}.
 *
 * <pre>{@code
 * String header = translations.get(viewer.locale(), "attendance-qr.report.absent");
 * }</pre>
 */
public interface Translations {

    /** The text of {@code key} in the locale's language with {@code {0}}, {@code {1}} … filled; English when missing. */
    String get(Locale locale, String key, Object... args);
}
