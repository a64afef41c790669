package kz.sabaq.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

class TranslationsServiceTest {

    @Test
    void corePublishesItsTranslationsForTextsOutsidePagesInTheReadersLanguage() {
        try (TestServer server = TestServer.builder().start()) {
            Translations texts = server.app().service(Translations.class).orElseThrow();
            Messages expected = new Messages(new kz.sabaq.core.web.Theme(TestServer.repoRoot().resolve("themes"), "default"));
            expected.load("core", Messages.class.getClassLoader());

            assertEquals("Log in", texts.get(Locale.ENGLISH, "core.login.title"));
            assertEquals(expected.get(Language.KK, "core.login.title"), texts.get(Locale.forLanguageTag("kk"), "core.login.title"));
            assertEquals(expected.get(Language.RU, "core.login.title"), texts.get(Locale.forLanguageTag("ru"), "core.login.title"));
        }
    }
}
