package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in Kazakh, Russian and English, in core and in every plugin. */
class TranslationCompletenessTest {
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\{\\{#t}}([a-z][\\w-]*(?:\\.[\\w-]+)+)[|{]?");

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = bundles();
        assertTrue(bundles.containsKey("core"), bundles.keySet().toString());
        List<String> gaps = new ArrayList<>();
        bundles.forEach((bundle, byLanguage) -> {
            Set<String> all = new TreeSet<>();
            byLanguage.values().forEach(all::addAll);
            for (String lang : LANGUAGES) {
                Set<String> missing = new TreeSet<>(all);
                missing.removeAll(byLanguage.getOrDefault(lang, Set.of()));
                missing.forEach(k -> gaps.add(bundle + "_" + lang + ": " + k));
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyKeyATemplateNamesIsTranslated() throws IOException {
        Set<String> known = new HashSet<>();
        bundles().values().forEach(byLanguage -> known.addAll(byLanguage.getOrDefault("en", Set.of())));
        List<String> unknown = new ArrayList<>();
        for (Path template : files(".mustache")) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    unknown.add(TestServer.repoRoot().relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static Map<String, Map<String, Set<String>>> bundles() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
        for (Path file : files(".properties")) {
            if (!file.getParent().getFileName().toString().equals("i18n") || file.toString().contains("/target/")) {
                continue;
            }
            String name = file.getFileName().toString().replace(".properties", "");
            int underscore = name.lastIndexOf('_');
            String bundle = name.substring(0, underscore);
            String lang = name.substring(underscore + 1);
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Set<String> keys = new HashSet<>();
            p.stringPropertyNames().forEach(keys::add);
            bundles.computeIfAbsent(bundle, b -> new TreeMap<>()).computeIfAbsent(lang, l -> new HashSet<>()).addAll(keys);
        }
        return bundles;
    }

    private static List<Path> files(String suffix) throws IOException {
        Path root = TestServer.repoRoot();
        List<Path> found = new ArrayList<>();
        for (String dir : List.of("core/src/main/resources", "plugins", "themes")) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(f -> f.toString().endsWith(suffix) && !f.toString().contains("/target/")).forEach(found::add);
            }
        }
        return found;
    }
}
