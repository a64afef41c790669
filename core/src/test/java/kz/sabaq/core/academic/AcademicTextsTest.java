package kz.sabaq.core.academic;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every academic text a user can see exists in Kazakh, Russian and English. */
class AcademicTextsTest {
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AcademicTextsTest.class.getClassLoader()
                .getResourceAsStream("i18n/core-academic_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        TreeSet<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
        assertEquals(english, new TreeSet<>(bundle("kk").stringPropertyNames()));
        assertEquals(english, new TreeSet<>(bundle("ru").stringPropertyNames()));
    }

    @Test
    void everyKindAndColumnHasAName() throws IOException {
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (Kind kind : Kinds.all()) {
                assertTrue(texts.containsKey("core.academic.kind." + kind.id()), language + " " + kind.id());
                for (Column c : kind.columns()) {
                    assertTrue(texts.containsKey("core.academic.column." + c.name()), language + " " + c.name());
                    assertTrue(texts.containsKey("core.academic.type." + c.type().name()), language + " " + c.type());
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeAndTemplatesUseExists() throws IOException {
        Pattern inJava = Pattern.compile("\"(core\\.academic\\.[A-Za-z.]*[A-Za-z])\"");
        Pattern inTemplate = Pattern.compile("\\{\\{#t}}(core\\.academic\\.[A-Za-z.]*[A-Za-z])(\\{\\{/t}}|\\|)");
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Pattern pattern = f.toString().endsWith(".java") ? inJava
                        : f.toString().endsWith(".mustache") ? inTemplate : null;
                if (pattern != null) {
                    Matcher m = pattern.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.contains("core.academic.error.required"));
        assertTrue(used.contains("core.academic.import.dryRun"));
        for (String language : LANGUAGES) {
            Properties texts = bundle(language);
            for (String k : used) {
                assertTrue(texts.containsKey(k), language + ": " + k);
            }
        }
    }
}
