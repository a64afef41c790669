package kz.sabaq.api.academic;

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
}
