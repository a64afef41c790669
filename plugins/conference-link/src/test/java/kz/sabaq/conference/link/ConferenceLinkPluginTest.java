package kz.sabaq.conference.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.core.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The plugin has no module of its own: started, it adds its platform and its field labels' texts. */
class ConferenceLinkPluginTest {

    @Test
    void enabledItOffersThePlatformWithTranslatedLabels() {
        try (TestServer server = TestServer.builder().plugins(TestServer.repoRoot().resolve("plugins"))
                .enable("conference-link", Map.of()).start()) {
            List<ConferencePlatform> platforms = server.app().plugins().extensions(ConferencePlatform.class);
            assertEquals(List.of("link"), platforms.stream().map(ConferencePlatform::id).toList());
            Translations texts = server.app().service(Translations.class).orElseThrow();
            assertEquals("Конференцияға сілтеме", texts.get(Locale.forLanguageTag("kk"), "conference-link.field.link"));
            assertEquals("Пароль", texts.get(Locale.forLanguageTag("ru"), "conference-link.field.password"));
        }
    }
}
