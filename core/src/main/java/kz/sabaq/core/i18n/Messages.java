package kz.sabaq.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import kz.sabaq.core.web.Theme;

/**
 * Every user-visible string, per language. A component's bundle is {@code i18n/<bundle>_<lang>.properties}
 * (UTF-8) in its own class loader; a theme overrides single keys in
 * {@code themes/<theme>/i18n/<bundle>_<lang>.properties}. Keys are namespaced by component
 * ({@code core.login.title}, {@code attendance-qr.status.late}), so bundles merge into one table.
 */
public final class Messages {
    private final Map<Language, Map<String, String>> table = new EnumMap<>(Language.class);
    private final Theme theme;

    public Messages(Theme theme) {
        this.theme = theme;
        for (Language l : Language.values()) {
            table.put(l, new HashMap<>());
        }
    }

    /** Loads a bundle from the owning class loader, then the theme's overrides of it. */
    public void load(String bundle, ClassLoader owner) {
        for (Language language : Language.values()) {
            String file = "i18n/" + bundle + "_" + language.code() + ".properties";
            try (InputStream in = owner.getResourceAsStream(file)) {
                if (in != null) {
                    merge(language, in);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
            for (Path dir : theme.weakestFirst()) {
                Path override = dir.resolve(file);
                if (Files.isRegularFile(override)) {
                    try (InputStream in = Files.newInputStream(override)) {
                        merge(language, in);
                    } catch (IOException e) {
                        throw new IllegalStateException("Cannot read " + override, e);
                    }
                }
            }
        }
    }

    private void merge(Language language, InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        Map<String, String> target = table.get(language);
        p.forEach((k, v) -> target.put((String) k, (String) v));
    }

    /** The text in the language; English when the language lacks it; the key itself when nobody has it. */
    public String get(Language language, String key, Object... args) {
        String pattern = table.get(language).get(key);
        if (pattern == null) {
            pattern = table.get(Language.EN).getOrDefault(key, key);
        }
        return fillPattern(pattern, args);
    }

    public String get(Locale locale, String key, Object... args) {
        return get(Language.of(locale), key, args);
    }

    /** The text as the language's own bundle has it: no English stands in. */
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(table.get(language).get(key));
    }

    public boolean has(String key) {
        return table.get(Language.EN).containsKey(key) || table.get(Language.KK).containsKey(key);
    }

    public Set<String> keys(Language language) {
        return Set.copyOf(table.get(language).keySet());
    }

    /** Replaces {0}, {1} … with the arguments; unlike MessageFormat, apostrophes stay as written. */
    public static String fillPattern(String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
