package kz.sabaq.api.academic;

import java.text.MessageFormat;
import java.util.Locale;

/** A name kept in the three interface languages. */
public record LocalizedName(String kk, String ru, String en) {

    /** The name in the locale's language; Kazakh for any other language. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }

    /** The three texts as {@link MessageFormat} patterns filled with the same arguments. */
    public LocalizedName format(Object... args) {
        return new LocalizedName(MessageFormat.format(kk, args), MessageFormat.format(ru, args),
                MessageFormat.format(en, args));
    }
}
