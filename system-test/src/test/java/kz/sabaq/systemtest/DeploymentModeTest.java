package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.core.testing.AcademicFixture;
import kz.sabaq.core.testing.Iins;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin installed the way an institution installs it: a jar dropped into the plugins folder. */
class DeploymentModeTest {

    @Test
    void aPackagedPluginJarIsLoadedWithItsMigrationsTemplatesAndTranslations(@TempDir Path pluginsDir) throws IOException {
        Files.copy(packagedJar("announcements"), pluginsDir.resolve("announcements.jar"));
        try (TestServer server = TestServer.builder().pluginJars(pluginsDir).enable("announcements", Map.of()).start()) {
            String iin = Iins.next();
            server.user(iin, "Тіркеуші", "Ольга", StandardRoles.REGISTRAR);
            WebClient registrar = server.client();
            registrar.login(iin);
            assertEquals(303, registrar.post("/announcements", Map.of("title", "Сессия басталды", "days", "3")).status(),
                    "the plugin's table exists: its migration ran from the jar");
            WebClient.Page board = registrar.get("/announcements");
            assertEquals(200, board.status());
            assertTrue(board.contains("<h1>Хабарландырулар</h1>"), "template and Kazakh bundle come from the jar");
            assertTrue(board.contains("Сессия басталды"));
        }
    }

    @Test
    void theAttendancePluginJarCarriesItsOwnQrLibrary(@TempDir Path pluginsDir) throws Exception {
        Files.copy(packagedJar("attendance-qr"), pluginsDir.resolve("attendance-qr.jar"));
        try (TestServer server = TestServer.builder().pluginJars(pluginsDir).enable("attendance-qr", Map.of()).start()) {
            String iin = Iins.next();
            long teacher = server.user(iin, "Оқытушы", "Нұрлан", StandardRoles.TEACHER);
            AcademicFixture academic = new AcademicFixture(server);
            long stream = academic.stream(teacher, academic.group("QR-1"));
            long session = academic.session(stream, null, LocalDateTime.parse("2026-09-14T13:10"),
                    LocalDateTime.parse("2026-09-14T14:00"));
            WebClient web = server.client();
            web.login(iin);

            var png = web.http().send(HttpRequest.newBuilder(URI.create(
                            web.url("/attendance-qr/sessions/" + session + "/qr/in.png"))).header("Accept", "image/png").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertEquals(200, png.statusCode(), "ZXing is loaded from the plugin's jar");
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    /** The jar Maven packaged; when only classes exist (e.g. `mvn test`), the same layout packed here. */
    static Path packagedJar(String pluginId) throws IOException {
        Path module = AllPlugins.dir().resolve(pluginId);
        Path target = module.resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            var jar = files.filter(f -> f.getFileName().toString().endsWith(".jar")
                    && !f.getFileName().toString().startsWith("original-")).findFirst();
            if (jar.isPresent()) {
                return jar.get();
            }
        }
        Path classes = target.resolve("classes");
        Path packed = Files.createTempFile(pluginId, ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(packed));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                try (OutputStream sink = new NonClosing(out)) {
                    Files.copy(f, sink);
                }
                out.closeEntry();
            }
        }
        return packed;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() {
            // the jar stream stays open for the next entry
        }
    }
}
