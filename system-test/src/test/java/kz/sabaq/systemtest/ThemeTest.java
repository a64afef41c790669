package kz.sabaq.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.core.testing.Iins;
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

    @Test
    void theTrainingCentreThemeCallsTeachersTrainersAndStudentsListeners() {
        try (TestServer server = AllPlugins.server().theme("training-centre").start()) {
            WebClient admin = administrator(server);
            WebClient.Page plugins = admin.get("/admin/plugins");
            assertTrue(plugins.contains(">QR-код арқылы қатысу (тренер)<"), plugins.body());
            assertTrue(plugins.contains(">QR-код арқылы қатысу (тыңдаушы)<"),
                    "a plugin's bundle, overridden by the theme");
            WebClient.Page roles = admin.get("/admin/roles");
            assertTrue(roles.contains(">Тренер</a>") && roles.contains(">Тыңдаушы</a>"), roles.body());
            assertTrue(roles.contains(">Әкімші</a>"), "keys the theme leaves alone keep the shipped words");
            assertFalse(roles.contains(">Оқытушы</a>") || roles.contains(">Білім алушы</a>"));
            Translations texts = server.app().service(Translations.class).orElseThrow();
            assertEquals("Тыңдаушы", texts.get(Locale.forLanguageTag("kk"), "attendance-qr.roster.listener"),
                    "a feature's bundle (attendance-qr-session), overridden by the theme's file of the same name");
        }
    }

    @Test
    void withoutTheTrainingCentreThemeTheUniversityWordsStand() {
        try (TestServer server = AllPlugins.server().start()) {
            WebClient admin = administrator(server);
            assertTrue(admin.get("/admin/plugins").contains(">QR-код арқылы қатысу (оқытушы)<"));
            WebClient.Page roles = admin.get("/admin/roles");
            assertTrue(roles.contains(">Оқытушы</a>") && roles.contains(">Білім алушы</a>"), roles.body());
            assertFalse(roles.contains(">Тренер</a>"));
        }
    }

    private static WebClient administrator(TestServer server) {
        String iin = Iins.next();
        server.user(iin, "Әкімші", "Айгүл", StandardRoles.ADMINISTRATOR);
        WebClient admin = server.client();
        assertEquals(303, admin.login(iin).status());
        return admin;
    }
}
