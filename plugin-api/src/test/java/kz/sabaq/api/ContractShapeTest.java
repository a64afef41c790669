package kz.sabaq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.Points;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.api.setting.DefaultSettings;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.UserError;
import org.junit.jupiter.api.Test;

/**
 * plugin-api is a contract: its top-level types are interfaces, records, enums and annotations, so
 * a plugin depends on no implementation. The exceptions are named: an exception must be a class
 * (UserError), and two helpers of static functions (Points, BundleName).
 */
class ContractShapeTest {
    private static final Set<Class<?>> CLASSES_ALLOWED = Set.of(UserError.class, Points.class, BundleName.class);

    @Test
    void everyTopLevelTypeIsAnInterfaceARecordOrAnEnum() throws IOException, URISyntaxException {
        Path root = Path.of(StandardRoles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.map(p -> root.relativize(p).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).toList();
        }
        assertTrue(classes.size() > 50, "found the compiled api: " + classes.size());
        List<String> implementations = classes.stream().map(ContractShapeTest::load)
                .filter(c -> !c.isInterface() && !c.isRecord() && !c.isEnum() && !CLASSES_ALLOWED.contains(c))
                .map(Class::getName).toList();
        assertEquals(List.of(), implementations);
    }

    @Test
    void theDefaultsOfDeclaredSettingsReadAsModuleSettings() {
        ModuleSettings defaults = DefaultSettings.of(List.of(FormField.integer("A", 95, 0, 100)));
        assertEquals(95, defaults.integer("A"));
        assertEquals(new DefaultSettings(Map.of("A", "95")), defaults, "a record: equal by its values");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ContractShapeTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
