package kz.sabaq.core.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string of the role and user pages exists in Kazakh, Russian and English. */
class RoleAndUserTranslationsTest {
    static final Pattern TEMPLATE_KEY = Pattern.compile("\\{\\{#t}}([a-zA-Z][a-zA-Z0-9_.]*)");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RoleAndUserTranslationsTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theRolesBundleHasTheSameNonEmptyKeysInEveryLanguage() throws IOException {
        Set<String> english = bundle("core-roles_en").stringPropertyNames();
        for (String language : List.of("kk", "ru")) {
            Properties other = bundle("core-roles_" + language);
            assertEquals(new TreeSet<>(english), new TreeSet<>(other.stringPropertyNames()), language);
            other.forEach((k, v) -> assertTrue(!v.toString().isBlank(), language + " " + k));
        }
    }

    @Test
    void everyKeyTheRoleAndUserTemplatesUseIsTranslated() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String language : List.of("kk", "ru", "en")) {
            Set<String> keys = new TreeSet<>(bundle("core_" + language).stringPropertyNames());
            keys.addAll(bundle("core-roles_" + language).stringPropertyNames());
            if (known.isEmpty()) {
                known.addAll(keys);
            } else {
                known.retainAll(keys);
            }
        }
        List<String> missing = new ArrayList<>();
        int used = 0;
        Path templates = Path.of("src/main/resources/templates/core");
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("(roles|users).*\\.mustache")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used++;
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(used > 50, "the templates were read: " + used + " keys");
        assertEquals(List.of(), missing);
    }
}
