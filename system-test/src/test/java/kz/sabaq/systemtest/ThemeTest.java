package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void aThemeOverridesTheTemplatesItHasAndInheritsTheRest() {
        try (TestServer server = TestServer.builder().theme("ekt").start()) {
            WebClient browser = server.client();
            assertTrue(browser.get("/login").contains("data-theme=\"ekt\""), "login template from the ekt theme");
            WebClient.Page css = browser.get("/static/css/theme.css");
            assertEquals(200, css.status());
            assertTrue(css.contains("#7a1f2b"), "ekt's colours");
            assertTrue(browser.get("/static/css/sabaq.css").contains(".tiles"), "base stylesheet inherited from the default theme");
        }
    }

    @Test
    void theDefaultThemeUsesCoresOwnTemplates() {
        try (TestServer server = TestServer.builder().start()) {
            WebClient.Page login = server.client().get("/login");
            assertFalse(login.contains("data-theme=\"ekt\""));
            assertTrue(login.contains("<h1>Жүйеге кіру</h1>"));
        }
    }

    @Test
    void staticFilesCannotEscapeTheThemeFolder() {
        try (TestServer server = TestServer.builder().start()) {
            for (String path : new String[] {"/static/..%2F..%2Fconfig%2Fsabaq.yaml", "/static/../../config/sabaq.yaml",
                    "/static/css/..%5C..%5Cconfig%5Csabaq.yaml"}) {
                WebClient.Page escape = server.client().get(path);
                assertTrue(escape.status() == 400 || escape.status() == 404, path + " refused: " + escape.status());
                assertFalse(escape.contains("embeddedPort"), "nothing of the configuration leaked");
            }
            assertEquals(404, server.client().get("/static/css/missing.css").status());
        }
    }
}
