package kz.sabaq.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The interface languages; Kazakh is the default. */
public enum Language {
    KK("kk", "Қазақша"),
    RU("ru", "Русский"),
    EN("en", "English");

    public static final Language DEFAULT = KK;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage()).orElse(DEFAULT);
    }
}
